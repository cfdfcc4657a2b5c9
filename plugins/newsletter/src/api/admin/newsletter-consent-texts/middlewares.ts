import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listConsentTextsQueryConfig } from "./query-config"
import { AdminListConsentTexts, AdminPublishConsentText } from "./validators"

export const adminNewsletterConsentTextMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/newsletter-consent-texts",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListConsentTexts, listConsentTextsQueryConfig)],
  },
  {
    matcher: "/admin/newsletter-consent-texts",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminPublishConsentText)],
  },
]

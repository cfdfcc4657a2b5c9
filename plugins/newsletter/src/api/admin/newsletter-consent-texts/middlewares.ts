import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminPublishConsentText } from "./validators"

export const adminNewsletterConsentTextMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/newsletter-consent-texts",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminPublishConsentText)],
  },
]

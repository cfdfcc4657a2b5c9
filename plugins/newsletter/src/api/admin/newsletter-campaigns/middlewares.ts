import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listCampaignsQueryConfig } from "./query-config"
import { AdminCreateCampaign, AdminListCampaigns, AdminTestCampaign, AdminUpdateCampaign } from "./validators"

export const adminNewsletterCampaignMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/newsletter-campaigns",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListCampaigns, listCampaignsQueryConfig)],
  },
  {
    matcher: "/admin/newsletter-campaigns",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateCampaign)],
  },
  {
    matcher: "/admin/newsletter-campaigns/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateCampaign)],
  },
  {
    matcher: "/admin/newsletter-campaigns/:id/test-send",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminTestCampaign)],
  },
]

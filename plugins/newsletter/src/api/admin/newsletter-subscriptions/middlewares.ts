import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listSubscriptionsQueryConfig } from "./query-config"
import { AdminListSubscriptions, AdminSubscriptionStats, AdminUpdateSubscription } from "./validators"

export const adminNewsletterSubscriptionMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/newsletter-subscriptions",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListSubscriptions, listSubscriptionsQueryConfig)],
  },
  {
    matcher: "/admin/newsletter-subscriptions/stats",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminSubscriptionStats, {})],
  },
  {
    matcher: "/admin/newsletter-subscriptions/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateSubscription)],
  },
]

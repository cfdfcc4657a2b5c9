import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminUpdateSubscription } from "./validators"

export const adminNewsletterSubscriptionMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/newsletter-subscriptions/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateSubscription)],
  },
]

import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreSubscribe, StoreUpdateMySubscription } from "./validators"

export const storeNewsletterSubscriptionMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/newsletter-subscriptions",
    methods: ["POST"],
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformBody(StoreSubscribe),
    ],
  },
  {
    matcher: "/store/newsletter-subscriptions/me",
    methods: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    matcher: "/store/newsletter-subscriptions/me",
    methods: ["POST"],
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreUpdateMySubscription)],
  },
]

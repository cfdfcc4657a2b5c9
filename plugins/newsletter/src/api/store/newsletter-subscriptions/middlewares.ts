import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreConfirmSubscription, StoreSubscribe, StoreUnsubscribeByToken, StoreUpdateMySubscription } from "./validators"

export const storeNewsletterSubscriptionMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/newsletter-subscriptions",
    methods: ["POST"],
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), validateAndTransformBody(StoreSubscribe)],
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
  {
    matcher: "/store/newsletter-subscriptions/confirm",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreConfirmSubscription)],
  },
  {
    matcher: "/store/newsletter-subscriptions/unsubscribe",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreUnsubscribeByToken)],
  },
]

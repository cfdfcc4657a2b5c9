import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { limitConsentChanges, limitErasureRequests } from "./rate-limits"
import { StoreCreateErasureRequest, StoreRecordConsent, StoreWithdrawConsent } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])
const maybeCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storePrivacyMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/privacy/export", methods: ["GET"], middlewares: [customer] },
  { matcher: "/store/privacy/export-links", methods: ["POST"], middlewares: [customer] },
  { matcher: "/store/privacy/erasure-requests", methods: ["GET"], middlewares: [customer] },
  {
    matcher: "/store/privacy/erasure-requests",
    methods: ["POST"],
    middlewares: [customer, validateAndTransformBody(StoreCreateErasureRequest), limitErasureRequests],
  },
  { matcher: "/store/privacy/erasure-requests/:id/cancel", methods: ["POST"], middlewares: [customer] },
  { matcher: "/store/privacy/consents", methods: ["GET"], middlewares: [maybeCustomer] },
  {
    matcher: "/store/privacy/consents",
    methods: ["POST"],
    middlewares: [maybeCustomer, validateAndTransformBody(StoreRecordConsent), limitConsentChanges],
  },
  {
    matcher: "/store/privacy/consents/withdraw",
    methods: ["POST"],
    middlewares: [maybeCustomer, validateAndTransformBody(StoreWithdrawConsent), limitConsentChanges],
  },
]

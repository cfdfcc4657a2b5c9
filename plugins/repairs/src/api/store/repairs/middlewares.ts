import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listStoreRepairsQueryConfig } from "./query-config"
import { StoreAck, StoreConsent, StoreEstimate, StoreListRepairs, StoreRequest, StoreTexts, StoreTrack, StoreWithdraw } from "./validators"

// The customer is optional at the matcher level because /store/repairs/track shares
// the /store/repairs/:id shape; every customer route checks the login itself (401).
const customer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })
const body = (matcher: string, schema: Parameters<typeof validateAndTransformBody>[0]): MiddlewareRoute => ({
  matcher,
  methods: ["POST"],
  middlewares: [customer, validateAndTransformBody(schema)],
})

export const storeRepairMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/repairs", methods: ["GET"], middlewares: [customer, validateAndTransformQuery(StoreListRepairs, listStoreRepairsQueryConfig)] },
  { matcher: "/store/repairs/track", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreTrack, { defaults: [], isList: false })] },
  { matcher: "/store/repairs/:id", methods: ["GET"], middlewares: [customer] },
  { matcher: "/store/repair-texts", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreTexts, { defaults: [], isList: false })] },
  body("/store/repairs/:id/consents", StoreConsent),
  body("/store/repairs/:id/consents/withdraw", StoreWithdraw),
  body("/store/repairs/:id/visibility-acknowledgement", StoreAck),
  body("/store/repairs/:id/estimate", StoreEstimate),
  body("/store/repairs/:id/requests", StoreRequest),
]

import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { limitEntries } from "../../../utils/rate-limit"
import { listStoreContestsQueryConfig } from "./query-config"
import { StoreEnterContest, StoreListContests } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeContestMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/contests", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListContests, listStoreContestsQueryConfig)] },
  // Validation first: a malformed request is not charged to the rate limit.
  { matcher: "/store/contests/:id/entries", methods: ["POST"], middlewares: [customer, validateAndTransformBody(StoreEnterContest), limitEntries] },
  { matcher: "/store/contests/:id/entries/me", methods: ["GET"], middlewares: [customer] },
  { matcher: "/store/contest-entries", methods: ["GET"], middlewares: [customer, validateAndTransformQuery(StoreListContests, listStoreContestsQueryConfig)] },
  { matcher: "/store/contest-entries/:id", methods: ["GET"], middlewares: [customer] },
]

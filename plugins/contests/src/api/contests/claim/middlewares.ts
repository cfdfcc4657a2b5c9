import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { ClaimBody, ClaimQuery } from "./validators"

/** The claim link from the winner's mail: no publishable key, the signed token is the only credential. */
export const claimMiddlewares: MiddlewareRoute[] = [
  { matcher: "/contests/claim", method: ["GET"], middlewares: [validateAndTransformQuery(ClaimQuery, {})] },
  { matcher: "/contests/claim", method: ["POST"], middlewares: [validateAndTransformBody(ClaimBody)] },
]

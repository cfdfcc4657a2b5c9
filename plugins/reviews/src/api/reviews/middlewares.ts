import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { guardQueryKeys } from "../store/reviews/helpers"
import { TokenBody, TokenQuery } from "./validators"

const retrieve = { defaults: ["id"], isList: false }

/** Links opened from review request mails: no publishable key, the signed token is the only credential. */
export const reviewLinkMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/reviews/request",
    methods: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(TokenQuery, retrieve)],
  },
  {
    matcher: "/reviews/opt-out",
    methods: ["GET"],
    middlewares: [guardQueryKeys, validateAndTransformQuery(TokenQuery, retrieve)],
  },
  {
    matcher: "/reviews/opt-out",
    methods: ["POST"],
    bodyParser: { sizeLimit: "10kb" },
    middlewares: [validateAndTransformBody(TokenBody)],
  },
]

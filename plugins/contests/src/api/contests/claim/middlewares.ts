import {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import { ClaimBody, ClaimQuery } from "./validators"

/**
 * The claim routes live outside `/store`, where Medusa applies no CORS; a storefront claim page
 * (the plugin's `publicUrl` pointing at a storefront) calls them from the storefront's origin. This
 * answers the shop's `storeCors` origins only, without credentials (the token is the only one; a signed-in
 * storefront's js-sdk still sends its bearer header, which these routes ignore).
 */
export function claimCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const origin = req.headers.origin
  if (origin) {
    const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE) as { projectConfig?: { http?: { storeCors?: string } } }
    const allowed = parseCorsOrigins(config.projectConfig?.http?.storeCors ?? "")
    if (allowed.some((o) => (typeof o === "string" ? o === origin : o.test(origin)))) {
      res.setHeader("Access-Control-Allow-Origin", origin)
      res.setHeader("Vary", "Origin")
      if (req.method === "OPTIONS") {
        res.setHeader("Access-Control-Allow-Methods", "GET, POST")
        res.setHeader("Access-Control-Allow-Headers", "content-type, x-publishable-api-key, x-medusa-locale, authorization")
        res.setHeader("Access-Control-Max-Age", "600")
      }
    }
  }
  if (req.method === "OPTIONS") return res.status(204).end()
  next()
}

/** The claim link from the winner's mail: no publishable key, the signed token is the only credential. */
export const claimMiddlewares: MiddlewareRoute[] = [
  { matcher: "/contests/claim", methods: ["OPTIONS"], middlewares: [claimCors] },
  { matcher: "/contests/claim", methods: ["GET"], middlewares: [claimCors, validateAndTransformQuery(ClaimQuery, {})] },
  { matcher: "/contests/claim", methods: ["POST"], middlewares: [claimCors, validateAndTransformBody(ClaimBody)] },
]

import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../modules/privacy/service"
import { ResolvedPrivacyOptions } from "../../../modules/privacy/options"
import { consumeRateLimits, RateLimitCheck } from "../../../utils/rate-limit"

type ChecksOf = (req: AuthenticatedMedusaRequest, options: ResolvedPrivacyOptions) => RateLimitCheck[]

/** 429 with Retry-After once any counter of the request is used up. Runs after authentication and validation. */
const limit = (bucket: string, what: string, checksOf: ChecksOf) =>
  async function rateLimit(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    let retryAfter: number
    try {
      const options = req.scope.resolve<PrivacyModuleService>("privacy").getOptions()
      retryAfter = await consumeRateLimits(req.scope, bucket, checksOf(req, options))
    } catch (e) {
      return next(e)
    }
    if (!retryAfter) return next()
    res.setHeader("Retry-After", String(retryAfter))
    res.status(429).json({ type: "too_many_requests", message: `Too many ${what}; try again in ${retryAfter} seconds` })
  }

const ip = (req: AuthenticatedMedusaRequest) => `ip:${req.ip ?? req.socket?.remoteAddress ?? "unknown"}`

/** Password guessing through POST /store/privacy/erasure-requests: per customer and per IP. */
export const limitErasureRequests = limit("erasure", "erasure requests", (req, o) => [
  { key: `customer:${req.auth_context.actor_id}`, limit: o.erasureRateLimitCustomer },
  { key: ip(req), limit: o.erasureRateLimitIp },
])

/** Consent choices and withdrawals: per visitor id (per customer when logged in) and per IP. */
export const limitConsentChanges = limit("consent", "consent changes", (req, o) => {
  const customerId = req.auth_context?.actor_id
  const visitorId = (req.validatedBody as { visitor_id?: string }).visitor_id
  // A first choice without a visitor id (one is issued) counts per IP only.
  const subject = customerId ? `customer:${customerId}` : visitorId ? `visitor:${visitorId}` : null
  return [...(subject ? [{ key: subject, limit: o.consentRateLimitVisitor }] : []), { key: ip(req), limit: o.consentRateLimitIp }]
})

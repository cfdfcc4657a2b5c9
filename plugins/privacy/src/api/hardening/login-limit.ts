import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ResolvedPrivacyOptions } from "../../modules/privacy/options"
import { consumeRateLimits, RateLimitCheck, refundRateLimits } from "../../utils/rate-limit"
import { privacyOptions } from "./headers"

const clientIp = (req: MedusaRequest) => `ip:${req.ip ?? req.socket?.remoteAddress ?? "unknown"}`

/** The account a request is about, normalised; the rate-limit module hashes it (HMAC) before it is stored. */
function accountOf(req: MedusaRequest, fields: string[]): string | null {
  const body = (req.body ?? {}) as Record<string, unknown>
  for (const f of fields) {
    const v = body[f]
    if (typeof v === "string" && v.trim()) return `${req.params.actor_type}:${v.trim().toLowerCase()}`
  }
  return null
}

type Spec = {
  bucket: string
  what: string
  fields: string[]
  limits: (o: ResolvedPrivacyOptions) => { account: ResolvedPrivacyOptions["loginRateLimitIp"]; ip: ResolvedPrivacyOptions["loginRateLimitIp"] }
  /** Only failures count: a success (2xx/3xx) is refunded. */
  refundSuccess: boolean
}

/**
 * Charges the attempt to its account and its IP before Medusa's auth route runs (so parallel guesses cannot
 * overtake the limit), answers 429 + Retry-After once either is used up, and for logins gives a success back.
 * The counters live in Medusa's cache module (Redis in production: shared by every instance).
 */
const limitAuth = (spec: Spec) =>
  async function authRateLimit(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    let checks: RateLimitCheck[]
    let retryAfter: number
    try {
      const limits = spec.limits(privacyOptions(req))
      const account = accountOf(req, spec.fields)
      checks = [{ key: clientIp(req), limit: limits.ip }]
      if (account) checks.push({ key: `account:${account}`, limit: limits.account })
      retryAfter = await consumeRateLimits(req.scope, spec.bucket, checks)
    } catch (e) {
      return next(e)
    }
    if (retryAfter) {
      res.setHeader("Retry-After", String(retryAfter))
      res.status(429).json({ type: "too_many_requests", message: `Too many ${spec.what}; try again in ${retryAfter} seconds` })
      return
    }
    if (spec.refundSuccess) {
      res.on("finish", () => {
        if (res.statusCode >= 400) return
        refundRateLimits(req.scope, spec.bucket, checks).catch(() =>
          req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn("privacy: could not refund a login rate-limit charge")
        )
      })
    }
    next()
  }

const limitLogin = limitAuth({
  bucket: "login",
  what: "login attempts",
  fields: ["email", "username", "identifier"],
  limits: (o) => ({ account: o.loginRateLimitAccount, ip: o.loginRateLimitIp }),
  refundSuccess: true,
})

const limitPasswordReset = limitAuth({
  bucket: "password-reset",
  what: "password reset requests",
  fields: ["identifier", "email"],
  limits: (o) => ({ account: o.passwordResetRateLimitAccount, ip: o.passwordResetRateLimitIp }),
  refundSuccess: false,
})

/** Customer and admin login (any provider), password reset and password update. */
export const loginRateLimitMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/:actor_type/:auth_provider", methods: ["POST"], middlewares: [limitLogin] },
  { matcher: "/auth/:actor_type/:auth_provider/reset-password", methods: ["POST"], middlewares: [limitPasswordReset] },
  { matcher: "/auth/:actor_type/:auth_provider/update", methods: ["POST"], middlewares: [limitPasswordReset] },
]

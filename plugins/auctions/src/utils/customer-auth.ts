import { authenticate, AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

type Verified = { context: AuthenticatedMedusaRequest["auth_context"]; until: number }

/** How long a verified bearer token is taken on trust without verifying it again (never past its `exp`). */
const TRUST_MS = 60_000
const MAX_ENTRIES = 10_000

/**
 * Medusa's `authenticate("customer", ["session", "bearer"])` for the bid routes, with the result of verifying a
 * bearer token remembered for up to a minute (never past the token's `exp`). Verifying the JWT costs a bid more
 * CPU than its transaction (jsonwebtoken first tries the secret as a public key); a bidder sends the same token
 * with every bid. Medusa's own middleware decides every first request of a token, every session request and every
 * refusal: only a token it accepted is remembered, and only the context it set. Tokens stay in this process's
 * memory (a bounded map), never in a log or the cache module.
 */
export function authenticateCustomerCached() {
  const medusa = authenticate("customer", ["session", "bearer"])
  const verified = new Map<string, Verified>()
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const header = req.headers.authorization
    const session = (req as { session?: { auth_context?: { actor_type?: string } } }).session?.auth_context
    // A customer session wins over a bearer token in Medusa's middleware: leave those requests to it.
    const bearer = !(session && session.actor_type === "customer") && typeof header === "string" && /^bearer\s+\S+$/i.test(header.trim()) ? header.trim() : null
    if (bearer) {
      const hit = verified.get(bearer)
      if (hit && hit.until > Date.now()) {
        ;(req as AuthenticatedMedusaRequest).auth_context = hit.context
        return next()
      }
      if (hit) verified.delete(bearer)
    }
    return medusa(req, res, (err?: unknown) => {
      const context = (req as AuthenticatedMedusaRequest).auth_context as (AuthenticatedMedusaRequest["auth_context"] & { exp?: number }) | undefined
      if (!err && bearer && context?.actor_id && context.actor_type === "customer") {
        const until = Math.min(Date.now() + TRUST_MS, typeof context.exp === "number" ? context.exp * 1000 : Infinity)
        if (verified.size >= MAX_ENTRIES) verified.clear()
        verified.set(bearer, { context, until })
      }
      next(err)
    })
  }
}

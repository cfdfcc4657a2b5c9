import { createHmac, randomBytes, timingSafeEqual } from "node:crypto"
import PrivacyModuleService from "../modules/privacy/service"

export const EXPORT_LINK_PURPOSE = "export-download"

/** base64url without padding: the one spelling a token is issued in, and the only one accepted back. */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{16,2048}\.[A-Za-z0-9_-]{43}$/

const sign = (privacy: PrivacyModuleService, payload: string) => createHmac("sha256", privacy.getOptions().secret).update(payload).digest("base64url")

/** Timing-safe comparison of two ASCII strings (the exact spelling, not the decoded bytes). */
export function sameString(a: string, b: string) {
  const x = Buffer.from(a, "utf8")
  const y = Buffer.from(b, "utf8")
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * An opaque, signed, expiring, single-purpose token: base64url(payload).hmac — for links in e-mails and
 * downloads. Each carries a random nonce (`n`), so a single-use link can be recorded as used.
 */
export function signToken(privacy: PrivacyModuleService, purpose: string, customerId: string, ttlMs: number) {
  const exp = privacy.now().getTime() + ttlMs
  const nonce = randomBytes(12).toString("base64url")
  const payload = Buffer.from(JSON.stringify({ p: purpose, c: customerId, e: exp, n: nonce })).toString("base64url")
  return { token: `${payload}.${sign(privacy, payload)}`, expires_at: new Date(exp), nonce }
}

export type VerifiedToken = { customer_id: string; nonce: string | null; expires_at: Date }

/**
 * The contents of a valid, unexpired token for this purpose, else null. Only the canonical spelling is
 * accepted: the signature is compared as the string it was issued as, so padding, `+`/`/` or other
 * spellings that decode to the same bytes are refused (as is any case change, which changes the bytes).
 */
export function verifyTokenDetails(privacy: PrivacyModuleService, purpose: string, token: string): VerifiedToken | null {
  if (typeof token !== "string" || !TOKEN_FORMAT.test(token)) return null
  const [payload, sig] = token.split(".")
  if (!sameString(sig, sign(privacy, payload))) return null
  try {
    const json = Buffer.from(payload, "base64url")
    // The payload too must be the exact base64url spelling of its bytes.
    if (json.toString("base64url") !== payload) return null
    const data = JSON.parse(json.toString("utf8"))
    if (data.p !== purpose || typeof data.c !== "string" || typeof data.e !== "number" || data.e < privacy.now().getTime()) return null
    return { customer_id: data.c, nonce: typeof data.n === "string" ? data.n : null, expires_at: new Date(data.e) }
  } catch {
    return null
  }
}

/** The customer id of a valid, unexpired, canonical token for this purpose, else null. */
export function verifyToken(privacy: PrivacyModuleService, purpose: string, token: string): string | null {
  return verifyTokenDetails(privacy, purpose, token)?.customer_id ?? null
}

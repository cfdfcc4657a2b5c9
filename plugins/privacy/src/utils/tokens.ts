import { createHmac, timingSafeEqual } from "node:crypto"
import PrivacyModuleService from "../modules/privacy/service"

export const EXPORT_LINK_PURPOSE = "export-download"

/** An opaque, signed, expiring, single-purpose token: base64url(payload).hmac — for links in e-mails and downloads. */
export function signToken(privacy: PrivacyModuleService, purpose: string, customerId: string, ttlMs: number) {
  const exp = privacy.now().getTime() + ttlMs
  const payload = Buffer.from(JSON.stringify({ p: purpose, c: customerId, e: exp })).toString("base64url")
  const sig = createHmac("sha256", privacy.getOptions().secret).update(payload).digest("base64url")
  return { token: `${payload}.${sig}`, expires_at: new Date(exp) }
}

/** The customer id of a valid, unexpired token for this purpose, else null. */
export function verifyToken(privacy: PrivacyModuleService, purpose: string, token: string): string | null {
  const [payload, sig] = token.split(".")
  if (!payload || !sig) return null
  const expected = createHmac("sha256", privacy.getOptions().secret).update(payload).digest()
  const given = Buffer.from(sig, "base64url")
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    if (data.p !== purpose || typeof data.c !== "string" || data.e < privacy.now().getTime()) return null
    return data.c
  } catch {
    return null
  }
}

import crypto from "crypto"

/**
 * Signed, expiring, single-purpose tokens for links in review request mails:
 * `<purpose>.<subject>.<expiry>.<hmac>` (base64url). No personal data inside
 * beyond opaque ids.
 */
export function signToken(secret: string, purpose: string, subject: string, expiresAt: Date) {
  const body = Buffer.from(
    JSON.stringify({
      p: purpose,
      s: subject,
      e: Math.floor(expiresAt.getTime() / 1000),
    })
  ).toString("base64url")
  const mac = crypto.createHmac("sha256", secret).update(body).digest("base64url")
  return `${body}.${mac}`
}

export function verifyToken(secret: string, purpose: string, token: string, now: Date): string | null {
  const [body, mac] = token.split(".")
  if (!body || !mac) return null
  const expected = crypto.createHmac("sha256", secret).update(body).digest("base64url")
  const a = Buffer.from(mac)
  const b = Buffer.from(expected)
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) return null
  try {
    const payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8"))
    if (payload.p !== purpose || typeof payload.s !== "string" || payload.e * 1000 < now.getTime()) return null
    return payload.s
  } catch {
    return null
  }
}

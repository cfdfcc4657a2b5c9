import crypto from "crypto"

export type SignatureCheck = { valid: true; timestamp: number } | { valid: false; reason: string }

/**
 * Verifies MultiSafepay's `Auth` header over the raw body (webhook.md; php-sdk Notification::verifyNotification):
 * base64("<ts>:" + hex(HMAC-SHA512(apiKey, "<ts>:" + rawBody))), constant-time compare, `toleranceSeconds` window.
 */
export function verifyNotification(
  rawBody: string | Buffer,
  authHeader: string | undefined,
  apiKey: string,
  nowSeconds: number,
  toleranceSeconds = 600
): SignatureCheck {
  if (!authHeader || typeof authHeader !== "string") return { valid: false, reason: "missing Auth header" }
  let decoded: string
  try {
    decoded = Buffer.from(authHeader.trim(), "base64").toString("utf8")
  } catch {
    return { valid: false, reason: "Auth header is not base64" }
  }
  const sep = decoded.indexOf(":")
  if (sep <= 0) return { valid: false, reason: "Auth header has no timestamp" }
  const tsText = decoded.slice(0, sep)
  const signature = decoded.slice(sep + 1)
  if (!/^\d{1,12}$/.test(tsText)) return { valid: false, reason: "timestamp is not a number" }
  if (!/^[0-9a-f]{128}$/.test(signature)) return { valid: false, reason: "signature is not HMAC-SHA512 hex" }
  const body = typeof rawBody === "string" ? Buffer.from(rawBody, "utf8") : rawBody
  const expected = crypto
    .createHmac("sha512", apiKey.trim())
    .update(Buffer.concat([Buffer.from(`${tsText}:`, "utf8"), body]))
    .digest()
  const given = Buffer.from(signature, "hex")
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return { valid: false, reason: "signature mismatch" }
  }
  const ts = Number(tsText)
  if (toleranceSeconds > 0 && Math.abs(nowSeconds - ts) > toleranceSeconds) return { valid: false, reason: "timestamp outside the window" }
  return { valid: true, timestamp: ts }
}

/** Builds an Auth header (used by tests, the fake and the benchmark). */
export function signNotification(apiKey: string, timestamp: number | string, rawBody: string) {
  const hex = crypto.createHmac("sha512", apiKey.trim()).update(`${timestamp}:${rawBody}`).digest("hex")
  return Buffer.from(`${timestamp}:${hex}`).toString("base64")
}

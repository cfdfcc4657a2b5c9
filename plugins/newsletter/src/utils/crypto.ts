import crypto from "crypto"

/** Trimmed and lower-cased: the one form an address is stored, hashed and compared in. */
export function normalizeEmail(email: string) {
  return email.trim().toLowerCase()
}

export function hmac(key: string, value: string) {
  return crypto.createHmac("sha256", key).update(value).digest("base64url")
}

export function sha256(value: string) {
  return crypto.createHash("sha256").update(value, "utf8").digest("hex")
}

export function randomToken() {
  return crypto.randomBytes(32).toString("base64url")
}

export function safeEqual(a: string, b: string) {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

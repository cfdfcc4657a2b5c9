import { MedusaError } from "@medusajs/framework/utils"
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from "crypto"

/** AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>` (base64url). */
export function encryptText(plain: string, keyB64: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", Buffer.from(keyB64, "base64"), iv)
  const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
  return ["v1", iv, cipher.getAuthTag(), ct].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".")
}

export function decryptText(sealed: string, keyB64: string): string {
  const [v, iv, tag, ct] = sealed.split(".")
  if (v !== "v1" || !iv || !tag || ct === undefined)
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "A stored secret has an unknown ciphertext format")
  const decipher = createDecipheriv("aes-256-gcm", Buffer.from(keyB64, "base64"), Buffer.from(iv, "base64url"))
  decipher.setAuthTag(Buffer.from(tag, "base64url"))
  return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8")
}

/** Tracking token: `<repair id>.<expiry unix s>.<hmac>`; opaque to the customer, checked in constant time. */
export function signTracking(repairId: string, expiresAt: Date, secret: string): string {
  const body = `${repairId}.${Math.floor(expiresAt.getTime() / 1000)}`
  return `${body}.${createHmac("sha256", secret).update(`repair-tracking:${body}`).digest("base64url")}`
}

export type TrackingCheck = { ok: true; repair_id: string; expires_at: Date } | { ok: false; reason: "malformed" | "signature" | "expired" }

export function verifyTracking(token: string, secret: string, now: Date): TrackingCheck {
  const parts = token.split(".")
  if (parts.length !== 3 || !/^rep_[A-Za-z0-9]+$/.test(parts[0]) || !/^\d{1,12}$/.test(parts[1])) return { ok: false, reason: "malformed" }
  const expected = createHmac("sha256", secret).update(`repair-tracking:${parts[0]}.${parts[1]}`).digest()
  const given = Buffer.from(parts[2], "base64url")
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "signature" }
  const expires = new Date(Number(parts[1]) * 1000)
  if (expires.getTime() <= now.getTime()) return { ok: false, reason: "expired" }
  return { ok: true, repair_id: parts[0], expires_at: expires }
}

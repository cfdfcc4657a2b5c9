import ContestModuleService from "../modules/contest/service"

/**
 * Claim links carry an opaque, signed, expiring, single-purpose token:
 * "<winner id>.<expiry ms>.<HMAC>". The winner id is an opaque id, no personal data.
 */
export function claimTokenFor(service: ContestModuleService, winnerId: string, expiresAt: Date) {
  const body = `${winnerId}.${expiresAt.getTime()}`
  return `${body}.${service.sign(`claim:${body}`)}`
}

/** The winner id of a valid token, or null (malformed, forged or expired). */
export function readClaimToken(service: ContestModuleService, token: string): string | null {
  const parts = token.split(".")
  if (parts.length !== 3) return null
  const [id, exp, mac] = parts
  if (!/^cwin_[A-Za-z0-9]+$/.test(id) || !/^\d{1,15}$/.test(exp)) return null
  if (service.sign(`claim:${id}.${exp}`) !== mac) return null
  if (service.now().getTime() >= Number(exp)) return null
  return id
}

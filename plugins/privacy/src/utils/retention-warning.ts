import { createHmac, timingSafeEqual } from "node:crypto"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../modules/privacy/service"
import type { RetentionCandidate } from "./retention-plan"

const PURPOSE = "keep-account"

/** An opaque, signed, expiring, single-purpose token: base64url(payload).hmac. */
export function signKeepAccountToken(privacy: PrivacyModuleService, customerId: string) {
  const exp = privacy.now().getTime() + privacy.getOptions().keepAccountLinkDays * 86_400_000
  const payload = Buffer.from(JSON.stringify({ p: PURPOSE, c: customerId, e: exp })).toString("base64url")
  const sig = createHmac("sha256", privacy.getOptions().secret).update(payload).digest("base64url")
  return `${payload}.${sig}`
}

/** Returns the customer id of a valid, unexpired keep-account token, or null. */
export function verifyKeepAccountToken(privacy: PrivacyModuleService, token: string): string | null {
  const [payload, sig] = token.split(".")
  if (!payload || !sig) return null
  const expected = createHmac("sha256", privacy.getOptions().secret).update(payload).digest()
  const given = Buffer.from(sig, "base64url")
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    if (data.p !== PURPOSE || typeof data.c !== "string" || data.e < privacy.now().getTime()) return null
    return data.c
  } catch {
    return null
  }
}

/** Sends the "your account will be erased" e-mail once per clock period, with a keep-my-account link. */
export async function sendRetentionWarning(container: MedusaContainer, c: RetentionCandidate) {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  const token = signKeepAccountToken(privacy, c.customer_id)
  const link = `${privacy.getOptions().backendUrl}/privacy/keep-account?token=${encodeURIComponent(token)}`
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: c.email!,
    channel: "email",
    template: "privacy.retention-warning",
    data: { locale: "nl", keep_account_url: link, erase_on: c.due_at.toISOString().slice(0, 10) },
    idempotency_key: `privacy.retention-warning:${c.customer_id}:${c.due_at.toISOString()}`,
  })
  const [clock] = await privacy.listSubjectClocks({ customer_id: c.customer_id })
  if (clock) await privacy.updateSubjectClocks({ id: clock.id, warned_at: privacy.now() })
  else {
    // Keep the clock where it was: only record that the warning went out.
    await privacy.createSubjectClocks({ customer_id: c.customer_id, last_activity_at: new Date(0), warned_at: privacy.now() })
  }
}

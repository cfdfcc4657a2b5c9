import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../modules/privacy/service"
import type { RetentionCandidate } from "./retention-plan"
import { signToken, verifyToken } from "./tokens"

const PURPOSE = "keep-account"

export const signKeepAccountToken = (privacy: PrivacyModuleService, customerId: string) =>
  signToken(privacy, PURPOSE, customerId, privacy.getOptions().keepAccountLinkDays * 86_400_000).token

export const verifyKeepAccountToken = (privacy: PrivacyModuleService, token: string) => verifyToken(privacy, PURPOSE, token)

/**
 * Sends the "your account will be erased" e-mail once per clock period, with a keep-my-account link, and
 * starts the grace period: retention erases the subject no earlier than `warningDays` after this
 * (`eraseOn`, the date the mail names). A subject without an e-mail address cannot be mailed; its grace
 * period starts all the same.
 */
export async function sendRetentionWarning(container: MedusaContainer, c: RetentionCandidate, eraseOn: Date = c.due_at) {
  const privacy = container.resolve<PrivacyModuleService>("privacy")
  if (c.email) {
    const token = signKeepAccountToken(privacy, c.customer_id)
    const link = `${privacy.getOptions().backendUrl}/privacy/keep-account?token=${encodeURIComponent(token)}`
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: c.email,
      channel: "email",
      template: "privacy.retention-warning",
      data: { locale: "nl", keep_account_url: link, erase_on: eraseOn.toISOString().slice(0, 10) },
      idempotency_key: `privacy.retention-warning:${c.customer_id}:${c.due_at.toISOString()}`,
    })
  }
  const [clock] = await privacy.listSubjectClocks({ customer_id: c.customer_id })
  if (clock) await privacy.updateSubjectClocks({ id: clock.id, warned_at: privacy.now() })
  else {
    // Keep the clock where it was: only record that the warning went out.
    await privacy.createSubjectClocks({ customer_id: c.customer_id, last_activity_at: new Date(0), warned_at: privacy.now() })
  }
}

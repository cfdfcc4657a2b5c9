import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { customerNotification, ReviewTemplate } from "../../../utils/mail"

/**
 * Mails one customer through the notification module (the mail steps' shared body): true when the mail was
 * handed over. Failures are logged by id, never by address.
 */
export async function mailCustomer(
  container: Pick<MedusaContainer, "resolve">,
  customerId: string,
  template: ReviewTemplate,
  key: string,
  data: Record<string, unknown>
) {
  const notification = await customerNotification(container, customerId, template, key, data)
  if (!notification) return false
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications(notification)
    return true
  } catch (e) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`reviews: mail ${template} for ${key} failed (${(e as Error).name})`)
    return false
  }
}

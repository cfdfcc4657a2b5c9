import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export type ReviewTemplate = "reviews.approved" | "reviews.rejected" | "reviews.unpublished" | "reviews.request"

/**
 * Mails one customer through the notification module. The idempotency key
 * names the business fact, so a rerun never mails twice. Failures are logged by
 * id, never by address.
 */
export async function mailCustomer(
  container: Pick<MedusaContainer, "resolve">,
  customerId: string,
  template: ReviewTemplate,
  key: string,
  data: Record<string, unknown>
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name"],
    filters: { id: customerId },
  })
  const customer = customers[0]
  if (!customer?.email) return false
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: customer.email,
      channel: "email",
      template,
      data: { first_name: customer.first_name ?? "", ...data },
      idempotency_key: `${template}:${key}`,
    })
    return true
  } catch (e) {
    logger.warn(`reviews: mail ${template} for ${key} failed (${(e as Error).name})`)
    return false
  }
}

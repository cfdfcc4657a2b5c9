import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type ReviewTemplate = "reviews.approved" | "reviews.rejected" | "reviews.unpublished" | "reviews.request"

/**
 * The notification of one mail to a customer, or null when the customer has no address. The idempotency key
 * names the business fact, so a rerun never mails twice. A read: the mail steps hand it to the notification module.
 */
export async function customerNotification(
  container: Pick<MedusaContainer, "resolve">,
  customerId: string,
  template: ReviewTemplate,
  key: string,
  data: Record<string, unknown>
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name"],
    filters: { id: customerId },
  })
  const customer = customers[0]
  if (!customer?.email) return null
  return {
    to: customer.email,
    channel: "email",
    template,
    data: { first_name: customer.first_name ?? "", ...data },
    idempotency_key: `${template}:${key}`,
  }
}

import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { changeSubscriptionEmailWorkflow } from "../workflows/subscriptions/change-subscription-email"

/**
 * A customer's address changed: the old address's opt-in ends (kept in the
 * ledger) and the new address gets a double opt-in mail. It is never carried over.
 */
export default async function customerEmailChanged({ event, container }: SubscriberArgs<{ id: string } | { id: string }[]>) {
  const ids = (Array.isArray(event.data) ? event.data : [event.data]).map((d) => d.id)
  const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ id: ids })
  for (const customer of customers) {
    if (!customer.email) continue
    await changeSubscriptionEmailWorkflow(container).run({
      input: { customer_id: customer.id, email: customer.email },
    })
  }
}

export const config: SubscriberConfig = { event: "customer.updated" }

import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordCustomerUpdateWorkflow } from "../workflows/subject-clocks/record-customer-update"

/** Updating the profile (a sign of activity) resets the clock; e-mail changes are audited by the privacy module. */
export default async function resetClockOnCustomerUpdate({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordCustomerUpdateWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "customer.updated" }

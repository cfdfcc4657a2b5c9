import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { touchSubjectClock } from "../utils/clock"

/** Updating the profile (a sign of activity) resets the clock; e-mail changes are audited by the privacy module. */
export default async function resetClockOnCustomerUpdate({ event, container }: SubscriberArgs<{ id: string }>) {
  await touchSubjectClock(container, event.data.id)
  const privacy = container.resolve("privacy") as any
  await privacy.createAuditLogs({
    rule: "customer_updated",
    actor: `customer:${event.data.id}`,
    counts: { customers: 1 },
    subject_ref: event.data.id,
    occurred_at: privacy.now(),
  })
}

export const config: SubscriberConfig = { event: "customer.updated" }

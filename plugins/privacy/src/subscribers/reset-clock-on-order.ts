import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { touchSubjectClockWorkflow } from "../workflows/subject-clocks/touch-subject-clock"

/** Ordering resets the customer's personal-data clock (P10). */
export default async function resetClockOnOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const [order] = await container.resolve(Modules.ORDER).listOrders({ id: event.data.id }, { select: ["customer_id"] })
  if (order?.customer_id) await touchSubjectClockWorkflow(container).run({ input: { customer_id: order.customer_id } })
}

export const config: SubscriberConfig = { event: "order.placed" }

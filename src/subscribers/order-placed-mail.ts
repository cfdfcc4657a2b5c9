import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderMail } from "../lib/order-mail"

/** Promise P2: the customer is told the order arrived. */
export default async function orderPlacedMail({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderMail(container, { orderId: event.data.id, template: "order.placed", key: event.data.id })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "softshop-order-placed-mail" },
}

import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendOrderMail } from "../lib/order-mail"

type Label = { tracking_number?: string | null; tracking_url?: string | null }

/** Promise P2: the customer is told the order left the warehouse, with track & trace. */
export default async function orderShippedMail({ event, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "order.id", "labels.tracking_number", "labels.tracking_url"],
    filters: { id: event.data.id },
  })
  const fulfillment = data[0]
  if (!fulfillment?.order?.id) return
  const tracking = ((fulfillment.labels ?? []) as Label[])
    .filter((l) => l.tracking_number)
    .map((l) => ({ number: l.tracking_number, url: l.tracking_url || null }))
  await sendOrderMail(container, {
    orderId: fulfillment.order.id,
    template: "order.shipped",
    key: fulfillment.id,
    extra: { tracking },
  })
}

export const config: SubscriberConfig = {
  event: "shipment.created",
  context: { subscriberId: "softshop-order-shipped-mail" },
}

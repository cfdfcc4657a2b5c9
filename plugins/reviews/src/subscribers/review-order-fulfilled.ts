import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reviewsOf } from "../modules/review/resolve"

/** A fulfilment of a customer's order schedules its review request mail (only when the option is on). */
export default async function reviewOrderFulfilled({ event, container }: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  const reviews = reviewsOf(container)
  if (!reviews.getOptions().requestMail.enabled || !event.data?.order_id) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "customer_id"],
    filters: { id: event.data.order_id },
  })
  const customerId = (data[0] as any)?.customer_id
  if (!customerId) return
  await reviews.scheduleRequest({
    order_id: event.data.order_id,
    customer_id: customerId,
    fulfilled_at: reviews.now(),
  })
}

export const config: SubscriberConfig = { event: "order.fulfillment_created" }

import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"

/**
 * BNPL (Klarna, in3, Riverty, …) is captured by telling MultiSafepay the order shipped: when an order with
 * an authorized, uncaptured MultiSafepay BNPL payment is fulfilled, capture it (the provider PATCHes `shipped`).
 */
export default async function captureBnplOnFulfilment({ event, container }: SubscriberArgs<{ order_id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data } = await query.graph({
    entity: "order",
    fields: ["payment_collections.payments.id", "payment_collections.payments.provider_id", "payment_collections.payments.data", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
    filters: { id: event.data.order_id },
  })
  const payments = ((data[0] as any)?.payment_collections ?? []).flatMap((c: any) => c.payments ?? [])
  for (const p of payments) {
    if (!p.provider_id?.startsWith("pp_multisafepay") || p.captured_at || p.canceled_at || !p.data?.bnpl) continue
    try {
      await capturePaymentWorkflow(container).run({ input: { payment_id: p.id } })
    } catch (e) {
      logger.warn(`MultiSafepay: capturing BNPL payment ${p.id} on fulfilment failed: ${(e as Error).message}`)
    }
  }
}

export const config: SubscriberConfig = {
  event: "order.fulfillment_created",
  context: { subscriberId: "multisafepay-capture-bnpl-on-fulfilment" },
}

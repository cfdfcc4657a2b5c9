import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { multisafepayPaymentsOfOrder } from "../utils/shipment"

/**
 * BNPL (Klarna, in3, Riverty, …) is captured by telling MultiSafepay the order shipped: when an order with
 * an authorized, uncaptured MultiSafepay BNPL payment is fulfilled, capture it (the provider PATCHes `shipped`).
 */
export default async function captureBnplOnFulfilment({ event, container }: SubscriberArgs<{ order_id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const p of await multisafepayPaymentsOfOrder(container, event.data.order_id)) {
    if (p.captured_at || p.canceled_at || !p.data?.bnpl) continue
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

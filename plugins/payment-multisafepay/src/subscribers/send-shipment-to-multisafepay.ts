import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendShipmentToMultiSafepay, shipmentOfFulfillment } from "../utils/shipment"

/** When a parcel is shipped with a tracking number, MultiSafepay gets the track-and-trace (ship update). */
export default async function sendShipmentToMultiSafepaySubscriber({ event, container }: SubscriberArgs<{ id: string }>) {
  const { orderId, shipment } = await shipmentOfFulfillment(container, event.data.id)
  if (orderId && shipment) await sendShipmentToMultiSafepay(container, orderId, shipment)
}

export const config: SubscriberConfig = {
  event: "shipment.created",
  context: { subscriberId: "multisafepay-send-shipment" },
}

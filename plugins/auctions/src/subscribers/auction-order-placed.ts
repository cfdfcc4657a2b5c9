import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { markLotPaidWorkflow } from "../workflows/auctions/mark-lot-paid"

/** An order placed from a winner's auction cart marks the lot paid. */
export default async function auctionOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await markLotPaidWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }

import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuctionEvents } from "../events"
import { notifyOutbidWorkflow } from "../workflows/auctions/notify-outbid"

/** The side effects of a bid, off the bid request: the displaced leader's outbid mail (once per bid). */
export default async function auctionBidPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyOutbidWorkflow(container).run({ input: { bid_id: event.data.id } })
}

export const config: SubscriberConfig = { event: AuctionEvents.BID_PLACED, context: { subscriberId: "auctions-bid-placed" } }

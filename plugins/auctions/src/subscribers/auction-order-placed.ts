import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AuctionEvents } from "../events"
import { AUCTION_MODULE } from "../modules/auction"
import AuctionModuleService from "../modules/auction/service"

/** An order placed from a winner's auction cart marks the lot paid. */
export default async function auctionOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "cart.id"], filters: { id: event.data.id } })
  const cartId = (data[0] as { cart?: { id?: string } } | undefined)?.cart?.id
  if (!cartId) return
  const auction: AuctionModuleService = container.resolve(AUCTION_MODULE)
  const lot = await auction.markPaid(cartId, event.data.id)
  if (lot) await container.resolve(Modules.EVENT_BUS).emit({ name: AuctionEvents.LOT_PAID, data: { id: lot.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }

import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { auctionOf } from "../modules/auction/resolve"
import { lotOfLine, settlementProblem, SettlementCart } from "../modules/auction/settlement"
import { LotRow } from "../modules/auction/types"

export type AuctionCart = {
  cart: SettlementCart & { region_id?: string | null; sales_channel_id?: string | null }
  /** The lot this cart is the current payment cart of (any payment status), if any. */
  lot: LotRow | null
  /** Lots named by the cart's lines (metadata.auction_lot_id). */
  lineLots: string[]
}

/** The auction side of a cart, or null when the cart has nothing to do with a lot (or does not exist). */
export async function auctionCartOf(container: Pick<MedusaContainer, "resolve">, cartId: string): Promise<AuctionCart | null> {
  const auction = auctionOf(container)
  const [lot] = (await auction.listAuctionLots({ cart_id: cartId }, { take: 1 })) as unknown as LotRow[]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "currency_code",
      "region_id",
      "sales_channel_id",
      "items.id",
      "items.variant_id",
      "items.quantity",
      "items.unit_price",
      "items.metadata",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as AuctionCart["cart"] | undefined
  if (!cart) return null
  const lineLots = [...new Set((cart.items ?? []).map(lotOfLine).filter((id): id is string => !!id))]
  if (!lot && !lineLots.length) return null
  return { cart, lot: lot ?? null, lineLots }
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * The completion guard: a cart tied to a lot completes only while the lot
 * awaits payment through this very cart, before the deadline, and holds exactly
 * the lot's line at the won price and quantity 1. Carts unrelated to lots pass.
 */
export async function assertAuctionCartPayable(container: Pick<MedusaContainer, "resolve">, cartId: string) {
  const found = await auctionCartOf(container, cartId)
  if (!found) return
  const { cart, lot, lineLots } = found
  const stale = lineLots.find((id) => id !== lot?.id)
  if (stale) throw refuse(`Cart ${cartId} holds auction lot ${stale}, which is no longer to be paid through this cart`)
  if (!lot) return
  if (lot.payment_status !== "awaiting") {
    throw refuse(`Auction lot ${lot.id} is ${lot.payment_status ?? "not won"}: its cart ${cartId} can no longer be completed`)
  }
  if (!lot.payment_due_at || auctionOf(container).now() >= new Date(lot.payment_due_at)) {
    throw refuse(`The payment deadline of auction lot ${lot.id} has passed: its cart ${cartId} can no longer be completed`)
  }
  const problem = settlementProblem(lot, cart)
  if (problem) throw refuse(`Auction cart ${cartId} ${problem}`)
}

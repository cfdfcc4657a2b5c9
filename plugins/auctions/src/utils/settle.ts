import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { AuctionEvents } from "../events"
import { AUCTION_MODULE } from "../modules/auction"
import AuctionModuleService from "../modules/auction/service"
import { LotRow } from "../modules/auction/types"
import { publishLotUpdate } from "./live"
import { mailCustomer } from "./mail"
import { fromCents } from "./money"

const auctionOf = (c: MedusaContainer): AuctionModuleService => c.resolve(AUCTION_MODULE)

/**
 * Gives the current winner of a lot a cart holding the lot's variant at the
 * winning price. attachCart records it only once, so a rerun cannot hand out two.
 */
export async function createWinnerCart(container: MedusaContainer, lot: LotRow): Promise<string | null> {
  if (!lot.winner_customer_id || lot.winning_price_cents === null || lot.cart_id) return lot.cart_id
  try {
    return await createWinnerCart_(container, lot)
  } catch (e) {
    // The next job run retries (listLotsMissingCart); one failing lot must not stop the others.
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`auctions: cart for lot ${lot.id} failed (${(e as Error).name})`)
    return null
  }
}

async function createWinnerCart_(container: MedusaContainer, lot: LotRow): Promise<string | null> {
  const auction = auctionOf(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: lot.winner_customer_id! } })
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: auction.getOptions().regionId,
      customer_id: lot.winner_customer_id!,
      email: customers[0]?.email ?? undefined,
      items: [{ variant_id: lot.variant_id, quantity: 1, unit_price: fromCents(lot.winning_price_cents)! }],
      metadata: { auction_lot_id: lot.id },
    },
  })
  return (await auction.attachCart(lot.id, cart.id)) ? cart.id : null
}

/** After a lot closed: cart and mail for the winner, mail for every other bidder. */
export async function settleClosedLot(container: MedusaContainer, lot: LotRow) {
  const auction = auctionOf(container)
  await container.resolve(Modules.EVENT_BUS).emit({ name: AuctionEvents.LOT_CLOSED, data: { id: lot.id } })
  publishLotUpdate({ type: "closed", lot_id: lot.id, data: { result: lot.result, ends_at: new Date(lot.ends_at).toISOString() } })
  let cartId: string | null = null
  if (lot.result === "won" && lot.winner_customer_id) {
    cartId = await createWinnerCart(container, lot)
    await mailCustomer(container, lot.winner_customer_id, "auctions.won", `${lot.id}:${lot.winner_customer_id}`, {
      lot_id: lot.id,
      title: lot.title ?? "",
      price: fromCents(lot.winning_price_cents)?.toFixed(2),
      payment_due_at: lot.payment_due_at ? new Date(lot.payment_due_at).toISOString() : "",
      cart_id: cartId ?? "",
    })
  }
  const bids = await auction.listAuctionBids({ lot_id: lot.id, accepted: true }, { select: ["customer_id"] })
  const losers = new Set(bids.map((b) => b.customer_id).filter((c) => c !== lot.winner_customer_id))
  for (const customerId of losers) {
    await mailCustomer(container, customerId, "auctions.lost", `${lot.id}:${customerId}`, {
      lot_id: lot.id,
      title: lot.title ?? "",
      result: lot.result,
    })
  }
}

export type MaintenanceReport = { closed: string[]; carts_repaired: string[]; reminded: string[]; second_chance: string[]; relisted: string[]; anonymized_bids: number }

/**
 * One pass of the auction job: close due lots, remind and expire unpaid winners,
 * anonymise old losing bids. Every step is guarded by a row lock or a conditional
 * update, so two workers running this at once do each thing exactly once.
 */
export async function runAuctionMaintenance(container: MedusaContainer): Promise<MaintenanceReport> {
  const auction = auctionOf(container)
  const report: MaintenanceReport = { closed: [], carts_repaired: [], reminded: [], second_chance: [], relisted: [], anonymized_bids: 0 }
  for (const id of await auction.listDueLotIds()) {
    const closed = await auction.closeLot(id)
    if (!closed) continue
    report.closed.push(id)
    await settleClosedLot(container, closed)
  }
  // A cart step interrupted after closing (crash, restart) is retried here; attachCart keeps it to one cart.
  for (const lot of await auction.listLotsMissingCart()) {
    if (await createWinnerCart(container, lot)) report.carts_repaired.push(lot.id)
  }
  for (const id of await auction.listReminderDueLotIds()) {
    if (!(await auction.claimReminder(id))) continue
    const lot = (await auction.retrieveAuctionLot(id)) as unknown as LotRow
    report.reminded.push(id)
    await mailCustomer(container, lot.winner_customer_id!, "auctions.payment_reminder", `${id}:${lot.winner_customer_id}:${lot.won_via}`, {
      lot_id: id,
      title: lot.title ?? "",
      price: fromCents(lot.winning_price_cents)?.toFixed(2),
      payment_due_at: lot.payment_due_at ? new Date(lot.payment_due_at).toISOString() : "",
      cart_id: lot.cart_id ?? "",
    })
  }
  for (const id of await auction.listUnpaidExpiredLotIds()) {
    const outcome = await auction.handleUnpaid(id)
    if (outcome.action === "second_chance") {
      report.second_chance.push(id)
      const cartId = await createWinnerCart(container, outcome.lot)
      await container.resolve(Modules.EVENT_BUS).emit({ name: AuctionEvents.WINNER_OFFERED, data: { id } })
      await mailCustomer(container, outcome.lot.winner_customer_id!, "auctions.second_chance", `${id}:${outcome.lot.winner_customer_id}`, {
        lot_id: id,
        title: outcome.lot.title ?? "",
        price: fromCents(outcome.lot.winning_price_cents)?.toFixed(2),
        payment_due_at: outcome.lot.payment_due_at ? new Date(outcome.lot.payment_due_at).toISOString() : "",
        cart_id: cartId ?? "",
      })
    } else if (outcome.action === "relist") {
      report.relisted.push(id)
      await container.resolve(Modules.EVENT_BUS).emit({ name: AuctionEvents.LOT_RELISTED, data: { id } })
    }
  }
  report.anonymized_bids = await auction.anonymizeLosingBids()
  return report
}

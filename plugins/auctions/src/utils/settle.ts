import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { auctionOf } from "../modules/auction/resolve"
import { describeError } from "./errors"
import { anonymizeLosingBidsWorkflow } from "../workflows/auctions/anonymize-losing-bids"
import { closeLotWorkflow } from "../workflows/auctions/close-lot"
import { createWinnerCartWorkflow } from "../workflows/auctions/create-winner-cart"
import { remindUnpaidWinnerWorkflow } from "../workflows/auctions/remind-unpaid-winner"
import { resolveUnpaidLotWorkflow } from "../workflows/auctions/resolve-unpaid-lot"

export type MaintenanceReport = {
  closed: string[]
  carts_repaired: string[]
  reminded: string[]
  second_chance: string[]
  relisted: string[]
  anonymized_bids: number
}

/**
 * One pass of the auction job: each bounded batch of due lots goes lot by lot
 * through a workflow (close, repair a missing cart, remind, resolve unpaid,
 * anonymise). Every workflow starts with a row-locked or conditional step, so
 * two workers running this at once do each thing exactly once, and a run killed
 * at any moment leaves work the next run picks up. A failing lot is compensated
 * and logged by id; it does not stop the others.
 */
export async function runAuctionMaintenance(container: MedusaContainer): Promise<MaintenanceReport> {
  const auction = auctionOf(container)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const report: MaintenanceReport = {
    closed: [],
    carts_repaired: [],
    reminded: [],
    second_chance: [],
    relisted: [],
    anonymized_bids: 0,
  }
  const attempt = async <T>(what: string, id: string, fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await fn()
    } catch (e) {
      // Type and message, addresses masked (describeError).
      logger.warn(`auctions: ${what} of lot ${id} failed and was rolled back (${describeError(e)})`)
      return null
    }
  }

  for (const id of await auction.listDueLotIds()) {
    const closed = await attempt("closing", id, async () => (await closeLotWorkflow(container).run({ input: { lot_id: id } })).result)
    if (closed) report.closed.push(id)
  }
  // A run killed between closing and the cart (the close was committed, the cart not) is repaired here.
  for (const lot of await auction.listLotsMissingCart()) {
    if (!lot.winner_customer_id || lot.winning_price_cents === null) continue
    const input = {
      lot_id: lot.id,
      customer_id: lot.winner_customer_id,
      variant_id: lot.variant_id,
      price_cents: lot.winning_price_cents,
    }
    const cartId = await attempt("the winner's cart", lot.id, async () => (await createWinnerCartWorkflow(container).run({ input })).result)
    if (cartId) report.carts_repaired.push(lot.id)
  }
  for (const id of await auction.listReminderDueLotIds()) {
    const lot = await attempt("the payment reminder", id, async () => (await remindUnpaidWinnerWorkflow(container).run({ input: { lot_id: id } })).result)
    if (lot) report.reminded.push(id)
  }
  for (const id of await auction.listUnpaidExpiredLotIds()) {
    const outcome = await attempt("the unpaid win", id, async () => (await resolveUnpaidLotWorkflow(container).run({ input: { lot_id: id } })).result)
    if (outcome?.action === "second_chance") report.second_chance.push(id)
    else if (outcome?.action === "relist") report.relisted.push(id)
  }
  report.anonymized_bids = (await anonymizeLosingBidsWorkflow(container).run()).result
  return report
}

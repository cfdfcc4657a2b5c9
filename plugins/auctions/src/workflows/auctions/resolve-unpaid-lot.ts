import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AuctionEvents } from "../../events"
import { createWinnerCartWorkflow } from "./create-winner-cart"
import { secondChanceMail } from "./mails"
import { resolveUnpaidLotStep } from "./steps/resolve-unpaid-lot"
import { sendAuctionMailsStep } from "./steps/send-auction-mails"

/**
 * The winner did not pay in time: a second-chance offer to the runner-up (with
 * a cart and a mail) or a relist. If the runner-up's cart cannot be created,
 * compensation restores the lot and the next job run tries again.
 */
export const resolveUnpaidLotWorkflow = createWorkflow("auctions-resolve-unpaid-lot", (input: { lot_id: string }) => {
  const outcome = resolveUnpaidLotStep(input.lot_id)
  when("auctions-second-chance", { outcome }, ({ outcome }) => outcome.action === "second_chance").then(() => {
    const cartId = createWinnerCartWorkflow.runAsStep({
      input: transform({ outcome }, ({ outcome }) => ({
        lot_id: outcome.lot.id,
        customer_id: outcome.lot.winner_customer_id!,
        variant_id: outcome.lot.variant_id,
        price_cents: outcome.lot.winning_price_cents!,
      })),
    })
    emitEventStep({
      eventName: AuctionEvents.WINNER_OFFERED,
      data: transform({ outcome }, ({ outcome }) => ({ id: outcome.lot.id })),
    }).config({
      name: "auctions-emit-winner-offered",
    })
    sendAuctionMailsStep(transform({ outcome, cartId }, ({ outcome, cartId }) => [secondChanceMail(outcome.lot, cartId)]))
  })
  when("auctions-relisted", { outcome }, ({ outcome }) => outcome.action === "relist").then(() => {
    emitEventStep({
      eventName: AuctionEvents.LOT_RELISTED,
      data: transform({ outcome }, ({ outcome }) => ({ id: outcome.lot.id })),
    }).config({
      name: "auctions-emit-lot-relisted",
    })
  })
  return new WorkflowResponse(transform({ outcome }, ({ outcome }) => ({ action: outcome.action, lot: outcome.lot })))
})

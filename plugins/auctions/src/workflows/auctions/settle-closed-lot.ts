import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AuctionEvents } from "../../events"
import { LotRow } from "../../modules/auction/types"
import { createWinnerCartWorkflow } from "./create-winner-cart"
import { lostMail, wonMail } from "./mails"
import { listLosingBiddersStep } from "./steps/list-losing-bidders"
import { publishLotUpdateStep } from "./steps/publish-lot-update"
import { sendAuctionMailsStep } from "./steps/send-auction-mails"

/** After a lot ended (closing or buy-now): the winner's cart, the event, the live update, the mails. */
export const settleClosedLotWorkflow = createWorkflow("auctions-settle-closed-lot", (lot: LotRow) => {
  const cartId = when("auctions-lot-won", { lot }, ({ lot }) => lot.result === "won" && !!lot.winner_customer_id).then(() =>
    createWinnerCartWorkflow.runAsStep({
      input: transform({ lot }, ({ lot }) => ({
        lot_id: lot.id,
        customer_id: lot.winner_customer_id!,
        variant_id: lot.variant_id,
        price_cents: lot.winning_price_cents!,
      })),
    })
  )
  const losers = listLosingBiddersStep(lot)
  emitEventStep({ eventName: AuctionEvents.LOT_CLOSED, data: transform({ lot }, ({ lot }) => ({ id: lot.id })) })
  publishLotUpdateStep(transform({ lot }, ({ lot }) => ({ type: "closed" as const, lot })))
  sendAuctionMailsStep(
    transform({ lot, cartId, losers }, ({ lot, cartId, losers }) => [
      ...(lot.result === "won" && lot.winner_customer_id ? [wonMail(lot, cartId ?? null)] : []),
      ...losers.map((c) => lostMail(lot, c)),
    ])
  )
  return new WorkflowResponse(transform({ cartId }, ({ cartId }) => cartId ?? null))
})

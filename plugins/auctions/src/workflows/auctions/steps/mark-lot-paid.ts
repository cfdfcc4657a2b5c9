import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"

export type MarkLotPaidInput = { cart_id: string | null; order_id: string }

/** Marks the lot awaiting payment through this cart paid (null when none); compensation restores it. */
export const markLotPaidStep = createStep(
  "auctions-mark-lot-paid-step",
  async (input: MarkLotPaidInput, { container }) => {
    const change = input.cart_id ? await auctionOf(container).markPaid(input.cart_id, input.order_id) : null
    if (!change) return new StepResponse(null)
    return new StepResponse(change.lot, {
      before: change.before,
      after: { updated_at: change.lot.updated_at, sequence: change.lot.sequence },
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    await auctionOf(container).restoreLot(undo.before, undo.after)
  }
)

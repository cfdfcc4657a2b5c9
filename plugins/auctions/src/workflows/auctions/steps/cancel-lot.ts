import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"

/** Cancels a lot that has not ended (400 otherwise); compensation restores it. */
export const cancelLotStep = createStep(
  "auctions-cancel-lot-step",
  async (lotId: string, { container }) => {
    const change = await auctionOf(container).cancelLot(lotId)
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

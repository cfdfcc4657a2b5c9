import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"

/** Closes a due lot once (null when another worker did, or it is not due); compensation restores it. */
export const closeLotStep = createStep(
  "auctions-close-lot",
  async (lotId: string, { container }) => {
    const change = await auctionOf(container).closeLot(lotId)
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

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"

export type BuyNowLotInput = { lot_id: string; customer_id: string }

/** Ends the lot at its buy-now price under the row lock; compensation deletes the bid and restores the lot. */
export const buyNowLotStep = createStep(
  "auctions-buy-now-lot",
  async (input: BuyNowLotInput, { container }) => {
    const result = await auctionOf(container).buyNow(input)
    const undo = result.rejection
      ? null
      : {
          before: result.before,
          after: { updated_at: result.lot.updated_at, sequence: result.lot.sequence },
          bid_id: result.bid_id,
        }
    return new StepResponse(result, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await auctionOf(container).restoreLot(undo.before, undo.after, { deleteBidId: undo.bid_id })
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"
import { PlaceBidInput } from "../../../modules/auction/service"

/** Records one bid under the lot's row lock; compensation deletes the bid and restores the lot. */
export const placeBidStep = createStep(
  "auctions-place-bid",
  async (input: PlaceBidInput, { container }) => {
    const result = await auctionOf(container).placeBid(input)
    return new StepResponse(result, {
      before: result.before,
      after: { updated_at: result.lot.updated_at, sequence: result.lot.sequence },
      bid_id: result.bid.id,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    await auctionOf(container).restoreLot(undo.before, undo.after, { deleteBidId: undo.bid_id })
  }
)

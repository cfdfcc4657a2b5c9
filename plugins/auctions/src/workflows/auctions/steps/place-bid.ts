import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"
import { PlaceBidInput, PlaceBidResult } from "../../../modules/auction/service"

/** What the step's compensation needs to take one accepted bid back exactly. */
export type PlaceBidUndo = {
  before: PlaceBidResult["before"]
  after: { updated_at: PlaceBidResult["lot"]["updated_at"]; sequence: PlaceBidResult["lot"]["sequence"] }
  bid_id: string
}

/** The step's body: the locked domain method, and what undoing it takes. */
export async function placeBidInvoke(container: MedusaContainer, input: PlaceBidInput): Promise<{ result: PlaceBidResult; undo: PlaceBidUndo }> {
  const result = await auctionOf(container).placeBid(input)
  return {
    result,
    undo: { before: result.before, after: { updated_at: result.lot.updated_at, sequence: result.lot.sequence }, bid_id: result.bid.id },
  }
}

/** The step's compensation: deletes the bid and restores the lot, only while the lot is still as the bid left it. */
export async function placeBidCompensate(container: MedusaContainer, undo: PlaceBidUndo | undefined): Promise<void> {
  if (!undo) return
  await auctionOf(container).restoreLot(undo.before, undo.after, { deleteBidId: undo.bid_id })
}

/** Records one bid under the lot's row lock; compensation deletes the bid and restores the lot. */
export const placeBidStep = createStep(
  "auctions-place-bid",
  async (input: PlaceBidInput, { container }) => {
    const { result, undo } = await placeBidInvoke(container, input)
    return new StepResponse(result, undo)
  },
  async (undo, { container }) => placeBidCompensate(container, undo)
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"

export type CancelLotStepInput = { lot_id: string; reason: string; actor_id?: string | null }

/** Cancels a lot that has not ended (400 otherwise), with the admin's reason; compensation restores it. */
export const cancelLotStep = createStep(
  "auctions-cancel-lot",
  async (input: CancelLotStepInput, { container }) => {
    const change = await auctionOf(container).cancelLot(input.lot_id, { reason: input.reason, actor_id: input.actor_id })
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

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"

/**
 * Past the deadline: second chance for the runner-up or a relist, under the row
 * lock. Compensation restores the lot and deletes the relisted one.
 */
export const resolveUnpaidLotStep = createStep(
  "auctions-resolve-unpaid-lot",
  async (lotId: string, { container }) => {
    const outcome = await auctionOf(container).handleUnpaid(lotId)
    const result = { action: outcome.action, lot: outcome.lot, relisted_id: outcome.relisted?.id ?? null }
    const undo =
      outcome.action === "none"
        ? null
        : {
            before: outcome.before,
            after: { updated_at: outcome.lot.updated_at, sequence: outcome.lot.sequence },
            relisted_id: result.relisted_id,
          }
    return new StepResponse(result, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await auctionOf(container).restoreLot(undo.before, undo.after, { deleteLotId: undo.relisted_id })
  }
)

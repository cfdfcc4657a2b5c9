import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairOf } from "../../../modules/repair/resolve"

/**
 * Claims the "backups deleted" mail of a repair whose backups are all gone: marks the customer told, once (a
 * concurrent run's claim finds the mark). Compensation takes this claim's mark back, so the next run mails.
 */
export const claimDeletionMailStep = createStep(
  "repairs-claim-deletion-mail",
  async (input: { repair_id: string }, { container }) => {
    const claimed_at = await repairOf(container).claimDeletionMail(input.repair_id)
    return new StepResponse({ repair_id: input.repair_id, claimed: !!claimed_at }, claimed_at ? { repair_id: input.repair_id, claimed_at } : null)
  },
  async (undo, { container }) => {
    if (undo) await repairOf(container).releaseDeletionMail(undo.repair_id, undo.claimed_at)
  }
)

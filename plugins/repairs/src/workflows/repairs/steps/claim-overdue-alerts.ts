import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairOf } from "../../../modules/repair/resolve"

/**
 * Claims the admin alert of every backup past the last day the promise allows and not alerted yet (marks them
 * alerted; ids only). Compensation takes exactly these marks back.
 */
export const claimOverdueAlertsStep = createStep(
  "repairs-claim-overdue-alerts",
  async (_: void, { container }) => {
    const { claimed_at, backups } = await repairOf(container).claimOverdueAlerts()
    return new StepResponse({ backups }, { ids: backups.map((b) => b.id), claimed_at })
  },
  async (undo, { container }) => {
    if (undo) await repairOf(container).releaseOverdueAlerts(undo.ids, undo.claimed_at)
  }
)

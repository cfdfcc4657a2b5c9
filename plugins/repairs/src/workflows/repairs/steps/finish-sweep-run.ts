import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairOf } from "../../../modules/repair/resolve"

export type FinishSweepRunInput = { run_id: string; status: "completed" | "failed"; deleted: number }

/** Closes a sweep run with its outcome and count; compensation writes back the state it had. */
export const finishSweepRunStep = createStep(
  "repairs-finish-sweep-run",
  async (input: FinishSweepRunInput, { container }) => {
    const before = await repairOf(container).finishSweepRun(input.run_id, input.status, input.deleted)
    return new StepResponse({ run_id: input.run_id }, before ? { run_id: input.run_id, before } : null)
  },
  async (undo, { container }) => {
    if (undo) await repairOf(container).reopenSweepRun(undo.run_id, undo.before)
  }
)

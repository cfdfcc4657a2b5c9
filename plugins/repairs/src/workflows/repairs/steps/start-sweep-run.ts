import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { repairOf } from "../../../modules/repair/resolve"

/**
 * Records a new deletion-sweep run and marks runs that never finished (killed process) interrupted.
 * Compensation removes the run and reopens exactly the runs it marked.
 */
export const startSweepRunStep = createStep(
  "repairs-start-sweep-run",
  async (input: { trigger: string }, { container }) => {
    const { run, interrupted_ids } = await repairOf(container).startSweepRun(input.trigger)
    return new StepResponse({ run_id: run.id }, { run_id: run.id, interrupted_ids })
  },
  async (undo, { container }) => {
    if (undo) await repairOf(container).undoSweepRunStart(undo)
  }
)

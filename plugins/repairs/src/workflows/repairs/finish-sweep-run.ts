import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FinishSweepRunInput, finishSweepRunStep } from "./steps/finish-sweep-run"

/** Closes a deletion-sweep run (`completed` or `failed`, with the number of backups it deleted). */
export const finishSweepRunWorkflow = createWorkflow("repairs-finish-sweep-run", (input: FinishSweepRunInput) => {
  return new WorkflowResponse(finishSweepRunStep(input))
})

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { startSweepRunStep } from "./steps/start-sweep-run"

/** Opens a deletion-sweep run (`repair_sweep_run`), marking killed runs interrupted. */
export const startSweepRunWorkflow = createWorkflow("repairs-start-sweep-run", (input: { trigger: string }) => {
  return new WorkflowResponse(startSweepRunStep(input))
})

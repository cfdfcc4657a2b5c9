import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { startRetentionRunStep, type StartRetentionRunInput } from "./steps/start-retention-run"

/** The first write of a retention run (inside the run's lock, `privacy:retention`): killed runs interrupted, the new one opened. */
export const startRetentionRunWorkflow = createWorkflow("privacy-start-retention-run", (input: StartRetentionRunInput) => {
  return new WorkflowResponse(startRetentionRunStep(input))
})

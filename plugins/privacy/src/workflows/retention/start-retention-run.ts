import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRetentionRunStep, interruptRetentionRunsStep, type StartRetentionRunInput } from "./steps/start-retention-run"

/** The first write of a retention run (inside the run's lock, `privacy:retention`): killed runs interrupted, the new one opened. */
export const startRetentionRunWorkflow = createWorkflow("privacy-start-retention-run", (input: StartRetentionRunInput) => {
  const interrupted = interruptRetentionRunsStep(transform({ input }, ({ input }) => ({ at: input.started_at })))
  const run = createRetentionRunStep(input)
  return new WorkflowResponse(transform({ run, interrupted }, ({ run, interrupted }) => ({ id: run.id, interrupted })))
})

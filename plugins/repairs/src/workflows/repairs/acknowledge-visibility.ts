import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AcknowledgeVisibilityInput, acknowledgeVisibilityStep } from "./steps/acknowledge-visibility"

/**
 * The customer's acknowledgement of the visibility notice (P19), needed before in_progress.
 * Hook `visibilityAcknowledged` (ids only): a handler that throws rolls the write back.
 */
export const acknowledgeVisibilityWorkflow = createWorkflow("repairs-acknowledge-visibility", (input: AcknowledgeVisibilityInput) => {
  const out = acknowledgeVisibilityStep(input)
  const visibilityAcknowledged = createHook("visibilityAcknowledged", out)
  return new WorkflowResponse(out, { hooks: [visibilityAcknowledged] })
})

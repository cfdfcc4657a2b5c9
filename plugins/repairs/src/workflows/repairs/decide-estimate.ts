import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DecideEstimateInput, decideEstimateStep } from "./steps/decide-estimate"

/**
 * The customer's decision on the estimate, from the Store API or told at the desk.
 * Hook `estimateDecided` (ids only): a handler that throws rolls the write back.
 */
export const decideEstimateWorkflow = createWorkflow("repairs-decide-estimate", (input: DecideEstimateInput) => {
  const out = decideEstimateStep(input)
  const estimateDecided = createHook("estimateDecided", out)
  return new WorkflowResponse(out, { hooks: [estimateDecided] })
})

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { repairSummariesStep } from "./steps/repair-summaries"

/** Recomputes the product summaries from the approved reviews and reports the drift it corrected. */
export const repairReviewSummariesWorkflow = createWorkflow("reviews-repair-summaries", () => {
  return new WorkflowResponse(repairSummariesStep())
})

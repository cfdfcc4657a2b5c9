import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimDueRequestsStep } from "./steps/claim-due-requests"

/** Claims one batch of due review requests, so that two workers never mail one twice. */
export const claimDueReviewRequestsWorkflow = createWorkflow("reviews-claim-due-requests", (input: { limit: number }) => {
  return new WorkflowResponse(claimDueRequestsStep(input))
})

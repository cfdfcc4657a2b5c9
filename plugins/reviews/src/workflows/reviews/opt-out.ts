import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordOptOutStep } from "./steps/record-opt-out"

/** A customer opts out of review request mails (the link of a request mail); idempotent. */
export const optOutOfReviewRequestsWorkflow = createWorkflow("reviews-opt-out", (input: { customer_id: string }) => {
  return new WorkflowResponse(recordOptOutStep(input))
})

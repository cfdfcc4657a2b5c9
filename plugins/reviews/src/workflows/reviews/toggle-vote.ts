import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { toggleVoteStep } from "./steps/transitions"

/** Toggles a customer's "helpful" vote on a published review. */
export const toggleReviewVoteWorkflow = createWorkflow("reviews-toggle-vote", (input: { review_id: string; customer_id: string }) => {
  const result = toggleVoteStep(input)
  return new WorkflowResponse(
    transform({ result }, ({ result }) => ({
      helpful: !!result.vote_added,
      helpful_count: result.after!.helpful_count,
    }))
  )
})

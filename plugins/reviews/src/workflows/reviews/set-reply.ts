import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../events"
import { setReplyStep } from "./steps/transitions"

/** Sets, edits or removes the merchant's public reply under a review (audited). */
export const setReviewReplyWorkflow = createWorkflow("reviews-set-reply", (input: { review_id: string; body: string | null; actor: string }) => {
  const result = setReplyStep(input)
  emitEventStep({
    eventName: ReviewEvents.UPDATED,
    data: transform({ result }, ({ result }) => ({ id: result.review_id })),
  })
  return new WorkflowResponse(transform({ result }, ({ result }) => result.after!))
})

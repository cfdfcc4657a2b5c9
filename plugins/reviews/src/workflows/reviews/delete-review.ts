import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../events"
import { deleteQueuedFilesStep } from "./steps/delete-queued-files"
import { deleteReviewStep } from "./steps/transitions"

/** Deletes a review (the customer's own, or any by an admin) with its votes and photos; files leave storage last. */
export const deleteReviewWorkflow = createWorkflow("reviews-delete-review", (input: { review_id: string; customer_id?: string | null; actor: string }) => {
  const result = deleteReviewStep(input)
  emitEventStep({
    eventName: ReviewEvents.DELETED,
    data: transform({ result }, ({ result }) => ({ id: result.review_id })),
  })
  deleteQueuedFilesStep(transform({ result }, ({ result }) => result.file_deletion_ids))
  return new WorkflowResponse(transform({ result }, ({ result }) => ({ id: result.review_id })))
})

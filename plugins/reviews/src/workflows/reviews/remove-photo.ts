import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../events"
import { deleteQueuedFilesStep } from "./steps/delete-queued-files"
import { removePhotoStep } from "./steps/transitions"

/** Removes a photo from the customer's own review and its file from storage. */
export const removeReviewPhotoWorkflow = createWorkflow("reviews-remove-photo", (input: { review_id: string; customer_id: string; photo_id: string }) => {
  const result = removePhotoStep(input)
  emitEventStep({
    eventName: ReviewEvents.UPDATED,
    data: transform({ result }, ({ result }) => ({ id: result.review_id })),
  })
  deleteQueuedFilesStep(transform({ result }, ({ result }) => result.file_deletion_ids))
  return new WorkflowResponse(transform({ result }, ({ result }) => ({ id: result.review_id })))
})

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteQueuedFilesStep } from "./steps/delete-queued-files"

/**
 * Files queued for deletion leave storage: the one an erasure queued (`review.file_deletion.queued`), or every
 * pending one (`ids: null`, the sweeping job retrying failures).
 */
export const deleteQueuedFilesWorkflow = createWorkflow("reviews-delete-queued-files", (input: { ids: string[] | null }) => {
  return new WorkflowResponse(deleteQueuedFilesStep(input.ids))
})

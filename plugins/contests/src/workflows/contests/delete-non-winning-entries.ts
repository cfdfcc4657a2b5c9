import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteNonWinningEntriesStep } from "./steps/delete-non-winning-entries"

/** Deletes the non-winning entries of one batch of contests past the entry retention window. */
export const deleteNonWinningContestEntriesWorkflow = createWorkflow("contests-delete-non-winning-entries", (input: { limit: number }) => {
  return new WorkflowResponse(deleteNonWinningEntriesStep(input))
})

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeBackupFileStep } from "./steps/remove-backup-file"

/** Removes a claimed backup's file from its store and verifies it is gone (the first half of a deletion). */
export const removeBackupFileWorkflow = createWorkflow("repairs-remove-backup-file", (input: { backup_id: string }) => {
  return new WorkflowResponse(removeBackupFileStep(input))
})

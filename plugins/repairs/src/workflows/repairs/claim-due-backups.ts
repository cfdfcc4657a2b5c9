import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ClaimDueBackupsInput, claimDueBackupsStep } from "./steps/claim-due-backups"

/** Claims the next batch of due backups for a sweep run (ids only). */
export const claimDueBackupsWorkflow = createWorkflow("repairs-claim-due-backups", (input: ClaimDueBackupsInput) => {
  return new WorkflowResponse(claimDueBackupsStep(input))
})

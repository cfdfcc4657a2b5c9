import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { RepairEvents } from "../../events"
import { CompleteBackupDeletionInput, completeBackupDeletionStep } from "./steps/complete-backup-deletion"

/**
 * The second half of a deletion, once the file is verified gone: the backup marked deleted, its certificate
 * written, `repair.backup.deleted` `{ id }` emitted (only by the run that wrote the certificate).
 */
export const completeBackupDeletionWorkflow = createWorkflow("repairs-complete-backup-deletion", (input: CompleteBackupDeletionInput) => {
  const out = completeBackupDeletionStep(input)
  when({ out }, ({ out }) => !!out.certificate_id).then(() => {
    emitEventStep({ eventName: RepairEvents.BACKUP_DELETED, data: transform({ out }, ({ out }) => ({ id: out.backup_id })) })
  })
  return new WorkflowResponse(out)
})

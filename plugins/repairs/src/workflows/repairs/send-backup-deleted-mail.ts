import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimDeletionMailStep } from "./steps/claim-deletion-mail"
import { sendRepairNotificationsStep } from "./steps/send-notifications"

/**
 * Tells the customer once that all backups of a repair are deleted: the claim marks the repair told, then the
 * mail is handed over. A mail that cannot be handed over fails the workflow and the claim is released, so the
 * next sweep mails (the idempotency key keeps it to one mail).
 */
export const sendBackupDeletedMailWorkflow = createWorkflow("repairs-send-backup-deleted-mail", (input: { repair_id: string }) => {
  const claim = claimDeletionMailStep(input)
  when({ claim }, ({ claim }) => claim.claimed).then(() => {
    sendRepairNotificationsStep(
      transform({ claim }, ({ claim }) => ({
        best_effort: false,
        notifications: [{ channel: "email" as const, repair_id: claim.repair_id, template: "repairs.backup-deleted" as const, key: claim.repair_id }],
      }))
    )
  })
  return new WorkflowResponse(claim)
})

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimOverdueAlertsStep } from "./steps/claim-overdue-alerts"
import { sendRepairNotificationsStep } from "./steps/send-notifications"

/** One admin feed notification per backup past its last allowed deletion day, once (ids only). */
export const alertOverdueBackupsWorkflow = createWorkflow("repairs-alert-overdue-backups", () => {
  const claim = claimOverdueAlertsStep()
  sendRepairNotificationsStep(
    transform({ claim }, ({ claim }) => ({
      best_effort: true,
      notifications: claim.backups.map((b) => ({
        channel: "feed" as const,
        key: `repairs.backup_overdue:${b.id}`,
        title: "Backup deletion overdue",
        description: `Backup ${b.id} of repair ${b.repair_id} is past its deletion date`,
      })),
    }))
  )
  return new WorkflowResponse(transform({ claim }, ({ claim }) => ({ alerted: claim.backups.length })))
})

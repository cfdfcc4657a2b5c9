import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markSubjectWarnedStep } from "./steps/mark-subject-warned"
import { sendRetentionWarningMailStep, type RetentionWarningMailInput } from "./steps/send-retention-warning-mail"

/**
 * Warns one subject before automatic erasure and starts the grace period: retention erases no earlier than
 * `warningDays` after this (`erase_on`, the date the mail names). The mark comes first and is undone when the
 * mail cannot be handed to the notification module, so a subject is never past its grace without a warning.
 */
export const sendRetentionWarningWorkflow = createWorkflow("privacy-send-retention-warning", (input: RetentionWarningMailInput) => {
  markSubjectWarnedStep(transform({ input }, ({ input }) => input.customer_id))
  sendRetentionWarningMailStep(input)
  return new WorkflowResponse(undefined)
})

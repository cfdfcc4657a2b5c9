import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SendRepairNotificationsInput, sendRepairNotificationsStep } from "./steps/send-notifications"

/**
 * Sends repair mails (status changed, backups deleted, request recorded) and admin feed entries by repair id:
 * the step resolves the customer's address itself, so none lands in a checkpoint. Usable from a shop's own
 * subscribers, e.g. to mail a repair's customer again.
 */
export const sendRepairNotificationsWorkflow = createWorkflow("repairs-send-notifications", (input: SendRepairNotificationsInput) => {
  return new WorkflowResponse(sendRepairNotificationsStep(input))
})

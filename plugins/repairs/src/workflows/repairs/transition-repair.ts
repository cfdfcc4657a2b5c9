import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { RepairEvents } from "../../events"
import { sendRepairNotificationsStep } from "./steps/send-notifications"
import { TransitionRepairInput, transitionRepairStep } from "./steps/transition-repair"

/** Moves a repair to its next status, announces it (`{ id }`) and mails the customer with a tracking link. */
export const transitionRepairWorkflow = createWorkflow("repairs-transition-repair", (input: TransitionRepairInput) => {
  const repair = transitionRepairStep(input)
  emitEventStep({ eventName: RepairEvents.STATUS_CHANGED, data: transform({ repair }, ({ repair }) => ({ id: repair.id })) })
  sendRepairNotificationsStep(
    transform({ repair }, ({ repair }) => ({
      best_effort: true,
      notifications: [
        {
          channel: "email" as const,
          repair_id: repair.id,
          template: "repairs.status-changed" as const,
          key: `${repair.id}:${repair.sequence}`,
          data: { status: repair.status },
        },
      ],
    }))
  )
  return new WorkflowResponse(repair)
})

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { RepairEvents } from "../../events"
import { RecordRequestInput, recordRequestStep } from "./steps/record-request"
import { sendRepairNotificationsStep } from "./steps/send-notifications"

/** A customer's wish (keep longer, delete sooner at own risk, free text): recorded, announced, confirmed by mail. */
export const recordRequestWorkflow = createWorkflow("repairs-record-request", (input: RecordRequestInput) => {
  const out = recordRequestStep(input)
  emitEventStep({ eventName: RepairEvents.REQUEST_RECORDED, data: transform({ out }, ({ out }) => ({ id: out.request.id })) })
  sendRepairNotificationsStep(
    transform({ out }, ({ out }) => ({
      best_effort: true,
      notifications: [
        {
          channel: "email" as const,
          repair_id: out.repair.id,
          template: "repairs.request-recorded" as const,
          key: out.request.id,
          data: {
            kind: out.request.kind,
            is_delete_sooner: out.request.kind === "delete_sooner",
            is_data_wish: out.request.kind === "data_wish",
            keep_until: out.request.keep_until ? new Date(out.request.keep_until).toISOString().slice(0, 10) : null,
          },
        },
      ],
    }))
  )
  return new WorkflowResponse(out)
})

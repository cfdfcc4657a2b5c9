import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { RepairEvents } from "../../events"
import { CreateRepairInput } from "../../modules/repair/service"
import { createRepairStep } from "./steps/create-repair"
import { CustomerChoice, resolveRepairCustomerStep } from "./steps/resolve-customer"
import { sendRepairNotificationsStep } from "./steps/send-notifications"

export type CreateRepairWorkflowInput = CustomerChoice & { repair: Omit<CreateRepairInput, "customer_id"> }

/** Intake: resolves (or creates) the customer, records the repair, announces it and mails the customer. */
export const createRepairWorkflow = createWorkflow("repairs-create-repair", (input: CreateRepairWorkflowInput) => {
  const customer = resolveRepairCustomerStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, contact: input.contact })))
  const repair = createRepairStep(transform({ input, customer }, ({ input, customer }) => ({ ...input.repair, customer_id: customer.customer_id })))
  emitEventStep({ eventName: RepairEvents.REPAIR_CREATED, data: transform({ repair }, ({ repair }) => ({ id: repair.id })) })
  sendRepairNotificationsStep(
    transform({ repair }, ({ repair }) => ({
      best_effort: true,
      notifications: [
        {
          channel: "email" as const,
          repair_id: repair.id,
          template: "repairs.status-changed" as const,
          key: `${repair.id}:intake`,
          data: { status: "intake" },
        },
      ],
    }))
  )
  return new WorkflowResponse(repair)
})

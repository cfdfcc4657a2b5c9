import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditLogStep } from "../audit/steps/record-audit-log"
import { assertCustomerExistsStep } from "./steps/assert-customer-exists"
import { createLegalHoldStep } from "./steps/create-legal-hold"

export type PlaceLegalHoldInput = { customer_id: string; reason: string; reference?: string | null; actor: string }

/** A manual legal hold on an existing customer, audit-logged by hold id. */
export const placeLegalHoldWorkflow = createWorkflow("privacy-place-legal-hold", (input: PlaceLegalHoldInput) => {
  assertCustomerExistsStep(input.customer_id)
  const hold = createLegalHoldStep(
    transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      reason: input.reason,
      reference: input.reference ?? null,
      created_by: input.actor,
    }))
  )
  recordAuditLogStep(
    transform({ input, hold }, ({ input, hold }) => ({ rule: "legal_hold_set", actor: input.actor, counts: { holds: 1 }, subject_ref: hold.id }))
  )
  return new WorkflowResponse(hold)
})

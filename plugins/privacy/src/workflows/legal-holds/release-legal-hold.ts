import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditLogStep } from "../audit/steps/record-audit-log"
import { releaseLegalHoldStep } from "./steps/release-legal-hold"

/** Releases a legal hold once, even when two admins click at the same time; audit-logged by hold id. */
export const releaseLegalHoldWorkflow = createWorkflow("privacy-release-legal-hold", (input: { id: string; actor: string }) => {
  const key = transform({ input }, ({ input }) => `privacy:legal-hold:${input.id}`)
  acquireLockStep({ key, timeout: 5, ttl: 30 })
  const hold = releaseLegalHoldStep(input)
  recordAuditLogStep(transform({ input }, ({ input }) => ({ rule: "legal_hold_released", actor: input.actor, counts: { holds: 1 }, subject_ref: input.id })))
  releaseLockStep({ key })
  return new WorkflowResponse(hold)
})

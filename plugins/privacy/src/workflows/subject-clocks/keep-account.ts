import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditLogStep } from "../audit/steps/record-audit-log"
import { subjectClockLockKey } from "./lock-keys"
import { touchSubjectClockStep } from "./steps/touch-subject-clock"

/**
 * The button behind the retention warning's link (the route verifies the signed token first): the customer's
 * clock is reset, so the account is kept for a whole retention window; audit entry `keep_account`.
 */
export const keepAccountWorkflow = createWorkflow("privacy-keep-account", (input: { customer_id: string }) => {
  const key = transform({ input }, ({ input }) => subjectClockLockKey(input.customer_id))
  acquireLockStep({ key, timeout: 5, ttl: 30 })
  const touched = touchSubjectClockStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id })))
  recordAuditLogStep(transform({ input }, ({ input }) => ({ rule: "keep_account", actor: `customer:${input.customer_id}`, counts: { clocks_reset: 1 } })))
  releaseLockStep({ key })
  return new WorkflowResponse(touched)
})

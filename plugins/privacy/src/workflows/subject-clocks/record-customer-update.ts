import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditLogStep } from "../audit/steps/record-audit-log"
import { subjectClockLockKey } from "./lock-keys"
import { touchSubjectClockStep } from "./steps/touch-subject-clock"

/** `customer.updated`: updating the profile (a sign of activity) resets the clock; audit entry `customer_updated` by customer id. */
export const recordCustomerUpdateWorkflow = createWorkflow("privacy-record-customer-update", (input: { customer_id: string }) => {
  const key = transform({ input }, ({ input }) => subjectClockLockKey(input.customer_id))
  acquireLockStep({ key, timeout: 5, ttl: 30 })
  const touched = touchSubjectClockStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id })))
  recordAuditLogStep(
    transform({ input }, ({ input }) => ({
      rule: "customer_updated",
      actor: `customer:${input.customer_id}`,
      counts: { customers: 1 },
      subject_ref: input.customer_id,
    }))
  )
  releaseLockStep({ key })
  return new WorkflowResponse(touched)
})

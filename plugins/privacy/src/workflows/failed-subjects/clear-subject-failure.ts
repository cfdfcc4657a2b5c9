import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditLogStep } from "../audit/steps/record-audit-log"
import { subjectClockLockKey } from "../subject-clocks/lock-keys"
import { clearSubjectFailureStep } from "./steps/clear-subject-failure"

/** An admin's "retry": the failed subject is erased by the next retention run. Audit-logged by clock id. */
export const clearSubjectFailureWorkflow = createWorkflow("privacy-clear-subject-failure", (input: { customer_id: string; actor: string }) => {
  const key = transform({ input }, ({ input }) => subjectClockLockKey(input.customer_id))
  acquireLockStep({ key, timeout: 5, ttl: 30 })
  const cleared = clearSubjectFailureStep(input)
  recordAuditLogStep(
    transform({ input, cleared }, ({ input, cleared }) => ({
      rule: "erasure_failure_cleared",
      actor: input.actor,
      counts: { subjects: 1 },
      subject_ref: cleared.subject_clock_id,
      run_id: cleared.run_id,
    }))
  )
  releaseLockStep({ key })
  return new WorkflowResponse(cleared)
})

import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { subjectClockLockKey } from "../subject-clocks/lock-keys"
import { markSubjectFailedStep } from "./steps/mark-subject-failed"

/** A retention run reports a subject whose erasure failed, once: the mark makes later runs skip it until cleared. */
export const markSubjectFailedWorkflow = createWorkflow("privacy-mark-subject-failed", (input: { customer_id: string }) => {
  const key = transform({ input }, ({ input }) => subjectClockLockKey(input.customer_id))
  acquireLockStep({ key, timeout: 5, ttl: 30 })
  const marked = markSubjectFailedStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(marked)
})

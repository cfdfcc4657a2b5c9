import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { subjectClockLockKey } from "./lock-keys"
import { touchSubjectClockStep, type TouchSubjectClockInput } from "./steps/touch-subject-clock"

/** Activity of a customer (an order placed, a login) resets their personal-data clock (P10). */
export const touchSubjectClockWorkflow = createWorkflow("privacy-touch-subject-clock", (input: TouchSubjectClockInput) => {
  const key = transform({ input }, ({ input }) => subjectClockLockKey(input.customer_id))
  acquireLockStep({ key, timeout: 5, ttl: 30 })
  const touched = touchSubjectClockStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(touched)
})

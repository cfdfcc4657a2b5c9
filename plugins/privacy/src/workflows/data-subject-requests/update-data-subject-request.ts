import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { requestLockKey } from "./lock-keys"
import { transitionDataSubjectRequestStep } from "./steps/transition-data-subject-request"
import { validateRequestUpdateStep, type ValidateRequestUpdateInput } from "./steps/validate-request-change"

/** An admin's change of a request's status and note, validated and written under the request's lock. */
export const updateDataSubjectRequestWorkflow = createWorkflow("privacy-update-data-subject-request", (input: ValidateRequestUpdateInput) => {
  const key = transform({ input }, ({ input }) => requestLockKey(input.id))
  acquireLockStep({ key, timeout: 5, ttl: 30 })
  const update = validateRequestUpdateStep(input)
  const written = transitionDataSubjectRequestStep(transform({ update }, ({ update }) => ({ update })))
  releaseLockStep({ key })
  return new WorkflowResponse(written)
})

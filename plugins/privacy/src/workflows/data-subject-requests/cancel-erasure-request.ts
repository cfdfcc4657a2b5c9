import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { requestLockKey } from "./lock-keys"
import { transitionDataSubjectRequestStep } from "./steps/transition-data-subject-request"
import { validateErasureCancelStep } from "./steps/validate-request-change"

/** The customer cancels their own erasure request while it cools off: under the request's lock, with its audit entry. */
export const cancelErasureRequestWorkflow = createWorkflow("privacy-cancel-erasure-request", (input: { id: string; customer_id: string; now: Date }) => {
  const key = transform({ input }, ({ input }) => requestLockKey(input.id))
  acquireLockStep({ key, timeout: 5, ttl: 30 })
  validateErasureCancelStep(input)
  const written = transitionDataSubjectRequestStep(
    transform({ input }, ({ input }) => ({
      update: { id: input.id, status: "cancelled" as const, completed_at: new Date(input.now), handled_by: `customer:${input.customer_id}` },
      audit: { rule: "erasure_cancelled", actor: `customer:${input.customer_id}`, counts: { requests: 1 } },
    }))
  )
  releaseLockStep({ key })
  return new WorkflowResponse(written)
})

import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addMonths } from "../../utils/clock"
import { customerRequestsLockKey } from "./lock-keys"
import { sendErasureConfirmationStep } from "./steps/send-erasure-confirmation"
import { transitionDataSubjectRequestStep } from "./steps/transition-data-subject-request"
import { assertNoOpenErasureStep } from "./steps/validate-request-change"

export type RequestErasureInput = {
  customer_id: string
  /** Where the confirmation goes (the account's e-mail; not stored on the request). */
  email: string
  locale?: unknown
  now: Date
  cooling_off_hours: number
}

/**
 * A customer's erasure request (the password is checked before, by the route): under the customer's lock at
 * most one open erasure request per account (409), request and audit entry in one transaction, executed after
 * the cooling-off window unless cancelled; then the confirmation mail.
 */
export const requestErasureWorkflow = createWorkflow("privacy-request-erasure", (input: RequestErasureInput) => {
  const key = transform({ input }, ({ input }) => customerRequestsLockKey(input.customer_id))
  acquireLockStep({ key, timeout: 5, ttl: 30 })
  assertNoOpenErasureStep(input.customer_id)
  const written = transitionDataSubjectRequestStep(
    transform({ input }, ({ input }) => {
      const now = new Date(input.now)
      return {
        create: {
          type: "erasure" as const,
          status: "cooling_off" as const,
          channel: "store_api" as const,
          customer_id: input.customer_id,
          received_at: now,
          due_at: addMonths(now, 1),
          execute_after: new Date(now.getTime() + input.cooling_off_hours * 3_600_000),
        },
        audit: { rule: "erasure_requested", actor: `customer:${input.customer_id}`, counts: { requests: 1 } },
      }
    })
  )
  releaseLockStep({ key })
  sendErasureConfirmationStep(transform({ input, written }, ({ input, written }) => ({ request_id: written.id, to: input.email, locale: input.locale })))
  return new WorkflowResponse(written)
})

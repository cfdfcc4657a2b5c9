import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertNotHeldStep } from "./steps/assert-not-held"
import { eraseSubjectDataStep } from "./steps/erase-subject-data"
import { markRequestInProgressStep } from "./steps/mark-request-in-progress"
import { recordErasureStep } from "./steps/record-erasure"

export type EraseSubjectInput = {
  customer_id?: string | null
  email?: string | null
  request_id?: string
  rule: string
  actor: string
  run_id?: string
}

/** Erases one data subject across every registered module (idempotent; refuses held subjects). */
export const eraseSubjectWorkflow = createWorkflow("privacy-erase-subject", (input: EraseSubjectInput) => {
  const subject = transform({ input }, ({ input }) => ({ customer_id: input.customer_id ?? null, email: input.email ?? null }))
  assertNotHeldStep(subject)
  markRequestInProgressStep(input.request_id)
  const results = eraseSubjectDataStep(subject)
  const log = recordErasureStep(
    transform({ input, results }, ({ input, results }) => ({
      request_id: input.request_id,
      rule: input.rule,
      actor: input.actor,
      run_id: input.run_id,
      results,
    }))
  )
  return new WorkflowResponse({ results, audit_log_id: log.id })
})

import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_DELETED_EVENT, SUBJECT_ERASED_EVENT } from "./events"
import { assertNotHeldStep } from "./steps/assert-not-held"
import { dismissErasedLinksStep } from "./steps/dismiss-erased-links"
import { eraseMedusaCoreDataStep } from "./steps/erase-medusa-core-data"
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

/**
 * Erases one data subject across every registered module (idempotent; refuses held subjects), Medusa's own data
 * last through the Medusa core provider, removes the erased records' links through the Link module and emits
 * `customer.deleted` and `privacy.subject.erased` (`{ id }` per erased customer record) once the workflow succeeds.
 */
export const eraseSubjectWorkflow = createWorkflow("privacy-erase-subject", (input: EraseSubjectInput) => {
  const subject = transform({ input }, ({ input }) => ({ customer_id: input.customer_id ?? null, email: input.email ?? null }))
  assertNotHeldStep(subject)
  markRequestInProgressStep(input.request_id)
  const modules = eraseSubjectDataStep(subject)
  const core = eraseMedusaCoreDataStep(transform({ subject }, ({ subject }) => [subject]))
  dismissErasedLinksStep(transform({ core }, ({ core }) => core.removed))
  const results = transform({ modules, core }, ({ modules, core }) => [...modules, core.result])
  const log = recordErasureStep(
    transform({ input, results }, ({ input, results }) => ({
      request_id: input.request_id,
      rule: input.rule,
      actor: input.actor,
      run_id: input.run_id,
      results,
    }))
  )
  const events = transform({ core }, ({ core }) => core.removed.deleted_customer_ids.map((id) => ({ id })))
  emitEventStep({ eventName: CUSTOMER_DELETED_EVENT, data: events }).config({ name: "privacy-emit-customer-deleted" })
  emitEventStep({ eventName: SUBJECT_ERASED_EVENT, data: events }).config({ name: "privacy-emit-subject-erased" })
  return new WorkflowResponse({ results, audit_log_id: log.id })
})

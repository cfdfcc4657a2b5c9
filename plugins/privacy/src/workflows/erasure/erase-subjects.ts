import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PrivacySubject } from "../../types/privacy-contract"
import { CUSTOMER_DELETED_EVENT, SUBJECT_ERASED_EVENT } from "./events"
import { dismissErasedLinksStep } from "./steps/dismiss-erased-links"
import { eraseMedusaCoreDataStep } from "./steps/erase-medusa-core-data"
import { eraseSubjectsDataStep } from "./steps/erase-subjects-data"
import { filterHeldSubjectsStep } from "./steps/filter-held-subjects"
import { recordErasureStep } from "./steps/record-erasure"

export type EraseSubjectsInput = { subjects: PrivacySubject[]; rule: string; actor: string; run_id?: string }

/**
 * One retention batch: the subjects of one rule, held ones skipped, the rest erased across every registered
 * module (Medusa's own data last, through the Medusa core provider), their links removed through the Link
 * module, one audit entry with the counts (never who), and `customer.deleted` / `privacy.subject.erased`
 * (`{ id }`) per erased customer. Idempotent: a batch killed half-way is finished by the next run.
 */
export const eraseSubjectsWorkflow = createWorkflow("privacy-erase-subjects", (input: EraseSubjectsInput) => {
  const filtered = filterHeldSubjectsStep(input.subjects)
  const modules = eraseSubjectsDataStep(filtered.free)
  const core = eraseMedusaCoreDataStep(filtered.free)
  dismissErasedLinksStep(transform({ core }, ({ core }) => core.removed))
  const results = transform({ modules, core }, ({ modules, core }) => [...modules, core.result])
  const log = recordErasureStep(
    transform({ input, results, filtered }, ({ input, results, filtered }) => ({
      rule: input.rule,
      actor: input.actor,
      run_id: input.run_id,
      subjects: filtered.free.length,
      results,
    }))
  )
  const events = transform({ core }, ({ core }) => core.removed.deleted_customer_ids.map((id) => ({ id })))
  emitEventStep({ eventName: CUSTOMER_DELETED_EVENT, data: events }).config({ name: "privacy-emit-customer-deleted" })
  emitEventStep({ eventName: SUBJECT_ERASED_EVENT, data: events }).config({ name: "privacy-emit-subject-erased" })
  return new WorkflowResponse({ erased: transform({ filtered }, ({ filtered }) => filtered.free.length), held: filtered.held, results, audit_log_id: log.id })
})

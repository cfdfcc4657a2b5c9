import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PrivacySubject } from "../../types/contract"
import { eraseSubjectsDataStep } from "./steps/erase-subjects-data"
import { filterHeldSubjectsStep } from "./steps/filter-held-subjects"
import { recordErasureStep } from "./steps/record-erasure"

export type EraseSubjectsInput = { subjects: PrivacySubject[]; rule: string; actor: string; run_id?: string }

/**
 * One retention batch: the subjects of one rule, held ones skipped, the rest erased across every registered
 * module, one audit entry with the counts (never who). Idempotent: a batch killed half-way is finished by
 * the next run.
 */
export const eraseSubjectsWorkflow = createWorkflow("privacy-erase-subjects", (input: EraseSubjectsInput) => {
  const filtered = filterHeldSubjectsStep(input.subjects)
  const results = eraseSubjectsDataStep(filtered.free)
  const log = recordErasureStep(
    transform({ input, results, filtered }, ({ input, results, filtered }) => ({
      rule: input.rule,
      actor: input.actor,
      run_id: input.run_id,
      subjects: filtered.free.length,
      results,
    }))
  )
  return new WorkflowResponse({ erased: transform({ filtered }, ({ filtered }) => filtered.free.length), held: filtered.held, results, audit_log_id: log.id })
})

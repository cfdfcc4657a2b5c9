import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"
import type { SubjectErasureResult } from "../../../types/privacy-contract"

type Input = { request_id?: string; rule: string; actor: string; run_id?: string; subjects?: number; results: SubjectErasureResult[] }

/** Closes the request and writes the audit entry (counts only); compensation removes the entry. */
export const recordErasureStep = createStep(
  "privacy-record-erasure",
  async (input: Input, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const counts: Record<string, number> = { subjects: input.subjects ?? 1 }
    for (const r of input.results) {
      for (const [k, n] of Object.entries(r.erased)) counts[`${r.module}.${k}.erased`] = n
      for (const [k, n] of Object.entries(r.anonymized)) counts[`${r.module}.${k}.anonymized`] = n
    }
    if (input.request_id) {
      // The register keeps the request (what, when, by whom) but no longer whose: the customer is erased now.
      await privacy.updateDataSubjectRequests({
        id: input.request_id,
        status: "completed",
        completed_at: privacy.now(),
        handled_by: input.actor,
        customer_id: null,
      })
    }
    const log = await privacy.createAuditLogs({
      rule: input.rule,
      actor: input.actor,
      counts,
      subject_ref: input.request_id ?? null,
      run_id: input.run_id ?? null,
      occurred_at: privacy.now(),
    })
    return new StepResponse(log, log.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrivacyModuleService>("privacy").deleteAuditLogs(id)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"

/** Rule, actor, counts and an opaque reference (a hold, request or clock id): never personal data. */
export type RecordAuditLogInput = {
  rule: string
  actor: string
  counts: Record<string, number>
  subject_ref?: string | null
  run_id?: string | null
}

/** Writes one audit entry at the privacy clock's now; compensation removes it. */
export const recordAuditLogStep = createStep(
  "privacy-record-audit-log",
  async (input: RecordAuditLogInput, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const log = await privacy.createAuditLogs({
      rule: input.rule,
      actor: input.actor,
      counts: input.counts,
      subject_ref: input.subject_ref ?? null,
      run_id: input.run_id ?? null,
      occurred_at: privacy.now(),
    })
    return new StepResponse(log, log.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrivacyModuleService>("privacy").deleteAuditLogs(id)
  }
)

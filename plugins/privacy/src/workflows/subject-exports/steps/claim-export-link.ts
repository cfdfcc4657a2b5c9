import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import PrivacyModuleService from "../../../modules/privacy/service"
import { isExportLinkUsed } from "../../../utils/subject-export"

export type ClaimExportLinkInput = { customer_id: string; link_ref: string; counts: Record<string, number> }

/**
 * Records the download of a single-use export link (audit entry `export` naming the link) unless one is recorded
 * already: `{ claimed: false }` then, nothing written. Runs under the link's lock. Compensation removes the entry.
 */
export const claimExportLinkStep = createStep(
  "privacy-claim-export-link",
  async (input: ClaimExportLinkInput, { container }) => {
    if (await isExportLinkUsed(container, input.link_ref)) return new StepResponse({ claimed: false as boolean, audit_log_id: null as string | null }, null)
    const privacy = container.resolve<PrivacyModuleService>("privacy")
    const log = await privacy.createAuditLogs({
      rule: "export",
      actor: `customer:${input.customer_id}`,
      counts: input.counts,
      subject_ref: input.link_ref,
      run_id: null,
      occurred_at: privacy.now(),
    })
    return new StepResponse({ claimed: true as boolean, audit_log_id: log.id as string | null }, log.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrivacyModuleService>("privacy").deleteAuditLogs(id)
  }
)

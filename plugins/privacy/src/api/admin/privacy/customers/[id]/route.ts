import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../../../../modules/privacy/service"
import { collectLegalHolds } from "../../../../../utils/registry"
import { earliestErasure } from "../../../../../utils/retention-rules"
import { retentionCandidateOf } from "../../../../../utils/retention-plan"

const OPEN = ["received", "cooling_off", "in_progress"]

/**
 * GET /admin/privacy/customers/:id — what the customer page shows: when retention erases this customer (rule,
 * clock end, earliest erasure after the warning) or why not (held, failed), the holds of every module, the
 * manual holds and the open data-subject requests.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const candidate = await retentionCandidateOf(req.scope, req.params.id)
  if (!candidate) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${req.params.id} was not found`)
  const { warningDays, erasureCoolingOffHours, consumerRetentionMonths, businessRetentionMonths } = privacy.getOptions()
  const now = privacy.now()
  const holds = await collectLegalHolds(req.scope, { customer_id: candidate.customer_id, email: candidate.email })
  const [legal_holds, requests] = await Promise.all([
    privacy.listLegalHolds({ customer_id: candidate.customer_id, released_at: null }, { order: { created_at: "DESC" } }),
    privacy.listDataSubjectRequests({ customer_id: candidate.customer_id, status: OPEN }, { order: { due_at: "ASC" } }),
  ])
  const state = candidate.failed_at ? "failed" : holds.length ? "held" : "scheduled"
  res.json({
    customer_privacy: {
      customer_id: candidate.customer_id,
      retention: {
        rule: candidate.rule,
        months: candidate.rule === "business_inactive" ? businessRetentionMonths : consumerRetentionMonths,
        due_at: candidate.due_at.toISOString(),
        erase_on: earliestErasure(candidate, now, warningDays).toISOString(),
        warned_at: candidate.warned_at?.toISOString() ?? null,
        failed_at: candidate.failed_at?.toISOString() ?? null,
        state,
      },
      holds: holds.map((h) => ({ module: h.module, reason: h.reason, reference: h.reference ?? null })),
      legal_holds,
      open_requests: requests.map((r) => ({
        id: r.id,
        type: r.type,
        status: r.status,
        channel: r.channel,
        received_at: r.received_at,
        due_at: r.due_at,
        execute_after: r.execute_after,
      })),
      erasure_cooling_off_hours: erasureCoolingOffHours,
      now: now.toISOString(),
    },
  })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../../../../../modules/privacy/service"

/** Cancels the customer's own erasure request while it is still cooling off. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const customerId = req.auth_context.actor_id
  const request = await req.scope.resolve(Modules.LOCKING).execute(`privacy:dsr:${customerId}`, async () => {
    const [found] = await privacy.listDataSubjectRequests({ id: req.params.id, customer_id: customerId, type: "erasure" })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Erasure request ${req.params.id} was not found`)
    if (found.status !== "cooling_off") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Erasure request ${found.id} is ${found.status} and can no longer be cancelled`)
    }
    const [updated] = await privacy.updateDataSubjectRequests([
      { id: found.id, status: "cancelled", completed_at: privacy.now(), handled_by: `customer:${customerId}` },
    ])
    await privacy.createAuditLogs({
      rule: "erasure_cancelled",
      actor: `customer:${customerId}`,
      counts: { requests: 1 },
      subject_ref: found.id,
      occurred_at: privacy.now(),
    })
    return updated
  })
  res.json({ data_subject_request: request })
}

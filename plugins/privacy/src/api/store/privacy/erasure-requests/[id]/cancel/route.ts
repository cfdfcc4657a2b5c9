import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../../../modules/privacy/service"
import { cancelErasureRequestWorkflow } from "../../../../../../workflows/data-subject-requests/cancel-erasure-request"

/** Cancels the customer's own erasure request while it is still cooling off. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const { result } = await cancelErasureRequestWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: req.auth_context.actor_id, now: privacy.now() },
  })
  res.json({ data_subject_request: await privacy.retrieveDataSubjectRequest(result.id) })
}

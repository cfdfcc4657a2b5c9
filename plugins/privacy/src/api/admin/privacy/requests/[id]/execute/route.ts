import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { erasureRequestSubject } from "../../../../../../utils/erasure-request"
import PrivacyModuleService from "../../../../../../modules/privacy/service"
import { eraseSubjectWorkflow } from "../../../../../../workflows/erasure/erase-subject"

/** Executes an erasure request now (skips the rest of the cooling-off window). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const [found] = await privacy.listDataSubjectRequests({ id: req.params.id, type: "erasure" })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Erasure request ${req.params.id} was not found`)
  if (!["received", "cooling_off", "in_progress"].includes(found.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Erasure request ${found.id} is ${found.status}`)
  }
  const subject = await erasureRequestSubject(req.scope, found)
  if (!subject.exists) {
    // Nothing to erase: the register must never claim an erasure that erased nobody.
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${found.customer_id ?? ""} of erasure request ${found.id} was not found`.replace("  ", " "))
  }
  const { result } = await eraseSubjectWorkflow(req.scope).run({
    input: {
      customer_id: subject.customer_id,
      email: subject.email,
      request_id: found.id,
      rule: "erasure_request",
      actor: `user:${req.auth_context.actor_id}`,
    },
  })
  res.json({ data_subject_request: await privacy.retrieveDataSubjectRequest(found.id), results: result.results })
}

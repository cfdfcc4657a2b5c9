import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
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
  const [customer] = found.customer_id
    ? await req.scope.resolve(Modules.CUSTOMER).listCustomers({ id: found.customer_id }, { select: ["email"] })
    : []
  const { result } = await eraseSubjectWorkflow(req.scope).run({
    input: { customer_id: found.customer_id, email: found.subject_email ?? customer?.email ?? null, request_id: found.id, rule: "erasure_request", actor: `user:${req.auth_context.actor_id}` },
  })
  res.json({ data_subject_request: await privacy.retrieveDataSubjectRequest(found.id), results: result.results })
}

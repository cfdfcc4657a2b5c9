import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../modules/privacy/service"
import { assertCurrentPassword } from "../../../../utils/erasure-request"
import { requestErasureWorkflow } from "../../../../workflows/data-subject-requests/request-erasure"
import { StoreCreateErasureRequestType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const requests = await privacy.listDataSubjectRequests(
    { customer_id: req.auth_context.actor_id },
    { order: { received_at: "DESC" }, select: ["id", "type", "status", "received_at", "due_at", "execute_after", "completed_at"] }
  )
  res.json({ data_subject_requests: requests, count: requests.length, offset: 0, limit: requests.length })
}

/** Erasure request, confirmed with the current password; runs after the cooling-off window unless cancelled. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateErasureRequestType>, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const customerId = req.auth_context.actor_id
  const { email, locale } = await assertCurrentPassword(req.scope, customerId, req.validatedBody.password)
  const { result } = await requestErasureWorkflow(req.scope).run({
    input: { customer_id: customerId, email, locale, now: privacy.now(), cooling_off_hours: privacy.getOptions().erasureCoolingOffHours },
  })
  res.status(201).json({ data_subject_request: await privacy.retrieveDataSubjectRequest(result.id) })
}

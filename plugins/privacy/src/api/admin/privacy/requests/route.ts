import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../modules/privacy/service"
import { createDataSubjectRequestWorkflow } from "../../../../workflows/data-subject-requests/create-data-subject-request"
import { pageOf } from "../list-config"
import { AdminCreateRequestType } from "../validators"

/** The DSR queue, oldest deadline first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const { status, type } = req.validatedQuery as { status?: string; type?: string }
  const { skip, take, order } = pageOf(req, { due_at: "ASC" })
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (type) filters.type = type
  const [requests, count] = await privacy.listAndCountDataSubjectRequests(filters, { order, take, skip })
  res.json({ data_subject_requests: requests, count, offset: skip, limit: take, now: privacy.now().toISOString() })
}

/** Records a request received by e-mail, phone or letter; the legal deadline is one month after receipt. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateRequestType>, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const { result } = await createDataSubjectRequestWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor: `user:${req.auth_context.actor_id}`, now: privacy.now() },
  })
  res.status(201).json({ data_subject_request: await privacy.retrieveDataSubjectRequest(result.id) })
}

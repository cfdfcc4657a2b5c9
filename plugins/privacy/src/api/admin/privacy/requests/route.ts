import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../modules/privacy/service"
import { addMonths } from "../../../../utils/clock"

/** The DSR queue, oldest deadline first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const [requests, count] = await privacy.listAndCountDataSubjectRequests({}, { order: { due_at: "ASC" }, take: 200 })
  res.json({ data_subject_requests: requests, count, offset: 0, limit: 200, now: privacy.now().toISOString() })
}

/** Records a request received by e-mail, phone or letter; the legal deadline is one month after receipt. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const now = privacy.now()
  const body = req.validatedBody
  const request = await privacy.createDataSubjectRequests({
    ...body,
    status: "received",
    received_at: now,
    due_at: addMonths(now, 1),
    handled_by: `user:${req.auth_context.actor_id}`,
  })
  await privacy.createAuditLogs({ rule: `request_${body.type}`, actor: `user:${req.auth_context.actor_id}`, counts: { requests: 1 }, subject_ref: request.id, occurred_at: now })
  res.status(201).json({ data_subject_request: request })
}

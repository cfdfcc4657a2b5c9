import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../../../modules/privacy/service"
import { addMonths } from "../../../../utils/clock"
import { pageOf } from "../list-config"

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
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const now = privacy.now()
  const body = req.validatedBody
  if (body.customer_id) {
    // As legal holds: an unknown customer is a 404, never a request (and a "completed" erasure) about nobody.
    const [customer] = await req.scope.resolve(Modules.CUSTOMER).listCustomers({ id: body.customer_id }, { select: ["id"], withDeleted: true })
    if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${body.customer_id} was not found`)
  }
  const request = await privacy.createDataSubjectRequests({
    ...body,
    status: "received",
    received_at: now,
    due_at: addMonths(now, 1),
    handled_by: `user:${req.auth_context.actor_id}`,
  })
  await privacy.createAuditLogs({
    rule: `request_${body.type}`,
    actor: `user:${req.auth_context.actor_id}`,
    counts: { requests: 1 },
    subject_ref: request.id,
    occurred_at: now,
  })
  res.status(201).json({ data_subject_request: request })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../modules/privacy/service"
import { placeLegalHoldWorkflow } from "../../../../workflows/legal-holds/place-legal-hold"
import { AdminCreateLegalHoldType, AdminListLegalHolds, parseQuery } from "../validators"

/** Holds, newest first; `?status=active|released` and `?customer_id=` filter. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status, customer_id } = parseQuery(AdminListLegalHolds, req.query)
  const filters: Record<string, unknown> = {}
  if (customer_id) filters.customer_id = customer_id
  if (status) filters.released_at = status === "active" ? null : { $ne: null }
  const [legal_holds, count] = await req.scope
    .resolve<PrivacyModuleService>("privacy")
    .listAndCountLegalHolds(filters, { order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ legal_holds, count, offset, limit })
}

/** A manual hold on an existing customer: skipped by retention and erasure until released. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateLegalHoldType>, res: MedusaResponse) {
  const { result: legal_hold } = await placeLegalHoldWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor: `user:${req.auth_context.actor_id}` },
  })
  res.status(201).json({ legal_hold })
}

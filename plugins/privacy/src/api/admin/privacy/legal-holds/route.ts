import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../modules/privacy/service"
import { placeLegalHoldWorkflow } from "../../../../workflows/legal-holds/place-legal-hold"
import { pageOf } from "../list-config"
import { AdminCreateLegalHoldType } from "../validators"

/** Holds, newest first; `?status=active|released` and `?customer_id=` filter. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, customer_id } = req.validatedQuery as { status?: "active" | "released"; customer_id?: string }
  const { skip, take, order } = pageOf(req, { created_at: "DESC" })
  const filters: Record<string, unknown> = {}
  if (customer_id) filters.customer_id = customer_id
  if (status) filters.released_at = status === "active" ? null : { $ne: null }
  const [legal_holds, count] = await req.scope.resolve<PrivacyModuleService>("privacy").listAndCountLegalHolds(filters, { order, take, skip })
  res.json({ legal_holds, count, offset: skip, limit: take })
}

/** A manual hold on an existing customer: skipped by retention and erasure until released. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateLegalHoldType>, res: MedusaResponse) {
  const { result: legal_hold } = await placeLegalHoldWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor: `user:${req.auth_context.actor_id}` },
  })
  res.status(201).json({ legal_hold })
}

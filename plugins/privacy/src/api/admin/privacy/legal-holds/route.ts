import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../modules/privacy/service"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [legal_holds, count] = await req.scope
    .resolve<PrivacyModuleService>("privacy")
    .listAndCountLegalHolds({}, { order: { created_at: "DESC" }, take: 200 })
  res.json({ legal_holds, count, offset: 0, limit: 200 })
}

/** A manual hold: the subject is skipped by retention and erasure until released. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const actor = `user:${req.auth_context.actor_id}`
  const legal_hold = await privacy.createLegalHolds({ ...req.validatedBody, created_by: actor })
  await privacy.createAuditLogs({ rule: "legal_hold_set", actor, counts: { holds: 1 }, subject_ref: legal_hold.id, occurred_at: privacy.now() })
  res.status(201).json({ legal_hold })
}

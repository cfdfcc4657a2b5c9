import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../../../../../modules/privacy/service"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>("privacy")
  const [found] = await privacy.listLegalHolds({ id: req.params.id })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Legal hold ${req.params.id} was not found`)
  if (found.released_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Legal hold ${found.id} is already released`)
  const actor = `user:${req.auth_context.actor_id}`
  const [legal_hold] = await privacy.updateLegalHolds([{ id: found.id, released_at: privacy.now(), released_by: actor }])
  await privacy.createAuditLogs({ rule: "legal_hold_released", actor, counts: { holds: 1 }, subject_ref: found.id, occurred_at: privacy.now() })
  res.json({ legal_hold })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadRepair } from "../../../../../../utils/http"

/** The audited read of the device password, for the assigned technician only (403 for anyone else, also audited). */
export async function POST(req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  const out = await service.revealCredential({ id: repair.id, user_id: req.auth_context.actor_id })
  if (out.refusal) throw new MedusaError(MedusaError.Types.FORBIDDEN, out.refusal)
  res.setHeader("Cache-Control", "no-store")
  res.json({ device_password: out.secret })
}

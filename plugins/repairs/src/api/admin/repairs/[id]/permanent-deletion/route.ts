import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminActor, loadRepair } from "../../../../../utils/http"
import { adminRepair } from "../../../../../utils/serialize"

/** The customer's explicit permission to wipe without a backup, with its own text version. */
export async function POST(req: AuthenticatedMedusaRequest<{ text_version: string }>, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  const updated = await service.allowPermanentDeletion({ id: repair.id, text_version: req.validatedBody.text_version, via: "desk", actor: adminActor(req) })
  res.json({ repair: adminRepair(updated) })
}

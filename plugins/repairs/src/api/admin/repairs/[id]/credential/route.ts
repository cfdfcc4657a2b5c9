import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminActor, loadRepair } from "../../../../../utils/http"

/** Stores the device password/PIN, encrypted (AES-256-GCM); never returned by this route. */
export async function POST(req: AuthenticatedMedusaRequest<{ secret: string }>, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  await service.setCredential({ id: repair.id, secret: req.validatedBody.secret, actor: adminActor(req) })
  res.json({ has_device_password: true })
}

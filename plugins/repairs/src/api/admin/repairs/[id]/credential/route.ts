import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminActor, loadRepair } from "../../../../../utils/http"
import { setDevicePasswordWorkflow } from "../../../../../workflows/repairs/set-device-password"

/** Stores the device password/PIN, encrypted (AES-256-GCM) before the workflow sees it; never returned by this route. */
export async function POST(req: AuthenticatedMedusaRequest<{ secret: string }>, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  const ciphertext = service.encryptCredential(req.validatedBody.secret)
  await setDevicePasswordWorkflow(req.scope).run({ input: { id: repair.id, ciphertext, actor: adminActor(req) } })
  res.json({ has_device_password: true })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadRepair } from "../../../../../../utils/http"
import { readDevicePasswordWorkflow } from "../../../../../../workflows/repairs/read-device-password"

/**
 * The audited read of the device password, for the assigned technician only (403 for anyone else, also audited).
 * The workflow audits; the password is decrypted here, after it, so it never lands in a workflow checkpoint.
 */
export async function POST(req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  await readDevicePasswordWorkflow(req.scope).run({ input: { id: repair.id, user_id: req.auth_context.actor_id } })
  const device_password = await service.readCredential(repair.id)
  res.setHeader("Cache-Control", "no-store")
  res.json({ device_password })
}

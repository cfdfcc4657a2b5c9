import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminActor, loadRepair } from "../../../../../utils/http"
import { registerBackupWorkflow } from "../../../../../workflows/repairs/register-backup"

type Body = { category: string; store_id: string; path: string; size_bytes: number; sha256: string }

/**
 * Registers a backup copy the technician placed in a store's inbox: checked
 * (size, SHA-256), encrypted at rest, recorded. Needs the copy_user_data scope.
 */
export async function POST(req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  const b = req.validatedBody
  service.store(b.store_id) // 400 naming store_id before anything else
  const { result } = await registerBackupWorkflow(req.scope).run({ input: { ...b, repair_id: repair.id, actor: adminActor(req) } })
  res.status(201).json({ backup: { ...result, size_bytes: b.size_bytes, raw_size_bytes: undefined } })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ConsentScope } from "../../../../../modules/repair/constants"
import { adminActor, loadRepair } from "../../../../../utils/http"

/** Records an access to the customer's files; 403 naming the missing scope when consent does not cover it (the attempt is logged). */
export async function POST(req: AuthenticatedMedusaRequest<{ scope: ConsentScope; reason: string }>, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  const out = await service.recordFileAccess({ id: repair.id, ...req.validatedBody, actor: adminActor(req) })
  if (!out.allowed) throw new MedusaError(MedusaError.Types.FORBIDDEN, out.message!)
  res.status(201).json({ file_access: out.access })
}

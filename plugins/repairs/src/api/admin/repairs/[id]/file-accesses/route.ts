import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ConsentScope } from "../../../../../modules/repair/constants"
import { adminActor, loadRepair } from "../../../../../utils/http"
import { recordFileAccessWorkflow } from "../../../../../workflows/repairs/record-file-access"

/** Records an access to the customer's files; 403 naming the missing scope when consent does not cover it (the attempt is logged). */
export async function POST(req: AuthenticatedMedusaRequest<{ scope: ConsentScope; reason: string }>, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  const { result } = await recordFileAccessWorkflow(req.scope).run({ input: { id: repair.id, ...req.validatedBody, actor: adminActor(req) } })
  const [file_access] = await service.listRepairFileAccesses({ id: result.file_access_id })
  res.status(201).json({ file_access })
}

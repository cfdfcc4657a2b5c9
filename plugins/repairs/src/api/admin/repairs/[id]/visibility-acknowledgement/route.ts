import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminActor, loadRepair } from "../../../../../utils/http"
import { adminRepair } from "../../../../../utils/serialize"
import { acknowledgeVisibilityWorkflow } from "../../../../../workflows/repairs/acknowledge-visibility"

export async function POST(req: AuthenticatedMedusaRequest<{ text_version: string }>, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  await acknowledgeVisibilityWorkflow(req.scope).run({
    input: { id: repair.id, text_version: req.validatedBody.text_version, via: "desk", actor: adminActor(req) },
  })
  res.json({ repair: adminRepair(await service.getRepair(repair.id)) })
}

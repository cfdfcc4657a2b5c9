import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerIdOf, loadRepair } from "../../../../../utils/http"
import { storeRepair } from "../../../../../utils/serialize"
import { acknowledgeVisibilityWorkflow } from "../../../../../workflows/repairs/acknowledge-visibility"

export async function POST(req: MedusaRequest<{ text_version: string }>, res: MedusaResponse) {
  const customerId = customerIdOf(req)
  const { service, repair } = await loadRepair(req, customerId)
  await acknowledgeVisibilityWorkflow(req.scope).run({
    input: { id: repair.id, text_version: req.validatedBody.text_version, via: "store_api", actor: `customer:${customerId}` },
  })
  res.json({ repair: storeRepair(await service.dossier(repair.id)) })
}

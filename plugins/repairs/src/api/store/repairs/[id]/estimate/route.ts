import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerIdOf, loadRepair } from "../../../../../utils/http"
import { storeRepair } from "../../../../../utils/serialize"
import { decideEstimateWorkflow } from "../../../../../workflows/repairs/decide-estimate"

/** Approves or declines the estimate online. */
export async function POST(req: MedusaRequest<{ decision: "approved" | "declined" }>, res: MedusaResponse) {
  const customerId = customerIdOf(req)
  const { service, repair } = await loadRepair(req, customerId)
  await decideEstimateWorkflow(req.scope).run({
    input: { id: repair.id, decision: req.validatedBody.decision, via: "store_api", actor: `customer:${customerId}` },
  })
  res.json({ repair: storeRepair(await service.dossier(repair.id)) })
}

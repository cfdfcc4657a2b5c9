import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminActor, loadRepair } from "../../../../../utils/http"
import { adminRepair } from "../../../../../utils/serialize"
import { decideEstimateWorkflow } from "../../../../../workflows/repairs/decide-estimate"

/** The customer's decision on the estimate, given at the desk or by phone. */
export async function POST(req: AuthenticatedMedusaRequest<{ decision: "approved" | "declined" }>, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  await decideEstimateWorkflow(req.scope).run({ input: { id: repair.id, decision: req.validatedBody.decision, via: "desk", actor: adminActor(req) } })
  res.json({ repair: adminRepair(await service.getRepair(repair.id)) })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminActor, loadRepair } from "../../../../../utils/http"
import { adminRepair } from "../../../../../utils/serialize"

/** The customer's decision on the estimate, given at the desk or by phone. */
export async function POST(req: AuthenticatedMedusaRequest<{ decision: "approved" | "declined" }>, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  const updated = await service.decideEstimate({ id: repair.id, decision: req.validatedBody.decision, via: "desk", actor: adminActor(req) })
  res.json({ repair: adminRepair(updated) })
}

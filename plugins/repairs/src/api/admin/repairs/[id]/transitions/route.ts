import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminActor, loadRepair } from "../../../../../utils/http"
import { adminRepair } from "../../../../../utils/serialize"
import { transitionRepairWorkflow } from "../../../../../workflows/repairs/transition-repair"
import { AdminTransitionType } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminTransitionType>, res: MedusaResponse) {
  const { repair } = await loadRepair(req)
  const b = req.validatedBody
  const { result } = await transitionRepairWorkflow(req.scope).run({
    input: {
      id: repair.id,
      to: b.to,
      actor: adminActor(req),
      note: b.note ?? null,
      estimate: b.estimate ? { amount_cents: Math.round(b.estimate.amount * 100), note: b.estimate.note ?? null } : undefined,
      return_condition: b.return_condition,
    },
  })
  res.json({ repair: adminRepair(result) })
}

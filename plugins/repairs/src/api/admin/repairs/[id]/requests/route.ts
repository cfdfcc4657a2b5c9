import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminActor, loadRepair } from "../../../../../utils/http"
import { adminRepair } from "../../../../../utils/serialize"
import { recordRequestWorkflow } from "../../../../../workflows/repairs/record-request"
import { RecordRequestInput } from "../../../../../workflows/repairs/steps/record-request"

type Body = { kind: "keep_longer"; keep_until: string } | { kind: "delete_sooner"; text_version: string } | { kind: "data_wish"; text: string }

/** A wish the customer told at the desk. */
export async function POST(req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse) {
  const { repair } = await loadRepair(req)
  const b = req.validatedBody as any
  const input = { ...b, id: repair.id, via: "desk", actor: adminActor(req) } as RecordRequestInput
  delete (input as any).own_risk_acknowledged
  const { result } = await recordRequestWorkflow(req.scope).run({ input })
  res.status(201).json({ request: result.request, repair: adminRepair(result.repair) })
}

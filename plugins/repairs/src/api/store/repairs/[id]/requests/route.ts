import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerIdOf, loadRepair } from "../../../../../utils/http"
import { storeRepair } from "../../../../../utils/serialize"
import { recordRequestWorkflow } from "../../../../../workflows/repairs/record-request"
import { RecordRequestInput } from "../../../../../workflows/repairs/steps/record-request"

/** Keep backups longer, delete them sooner at own risk, or state a wish about the data. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const customerId = customerIdOf(req)
  const { service, repair } = await loadRepair(req, customerId)
  const { own_risk_acknowledged, ...b } = req.validatedBody as Record<string, unknown>
  const input = { ...b, id: repair.id, via: "store_api", actor: `customer:${customerId}` } as RecordRequestInput
  const { result } = await recordRequestWorkflow(req.scope).run({ input })
  res.status(201).json({ request: { id: result.request.id, kind: result.request.kind }, repair: storeRepair(await service.dossier(repair.id)) })
}

import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ConsentScope } from "../../../../../../modules/repair/constants"
import { customerIdOf, loadRepair } from "../../../../../../utils/http"
import { storeRepair } from "../../../../../../utils/serialize"
import { withdrawConsentWorkflow } from "../../../../../../workflows/repairs/withdraw-consent"

/** Withdraws consent (all scopes unless some are named): as easy as giving it. */
export async function POST(req: MedusaRequest<{ scopes?: ConsentScope[] }>, res: MedusaResponse) {
  const customerId = customerIdOf(req)
  const { service, repair } = await loadRepair(req, customerId)
  await withdrawConsentWorkflow(req.scope).run({ input: { id: repair.id, scopes: req.validatedBody.scopes, actor: `customer:${customerId}` } })
  res.json({ repair: storeRepair(await service.dossier(repair.id)) })
}

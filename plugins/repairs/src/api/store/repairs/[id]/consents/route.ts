import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ConsentScope } from "../../../../../modules/repair/constants"
import { customerIdOf, loadRepair } from "../../../../../utils/http"
import { storeRepair } from "../../../../../utils/serialize"
import { giveConsentWorkflow } from "../../../../../workflows/repairs/give-consent"

/** Consent given online; records the text version the storefront showed. */
export async function POST(req: MedusaRequest<{ scopes: ConsentScope[]; text_version: string }>, res: MedusaResponse) {
  const customerId = customerIdOf(req)
  const { service, repair } = await loadRepair(req, customerId)
  await giveConsentWorkflow(req.scope).run({ input: { id: repair.id, ...req.validatedBody, method: "store_api", actor: `customer:${customerId}` } })
  res.status(201).json({ repair: storeRepair(await service.dossier(repair.id)) })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ConsentScope } from "../../../../../../modules/repair/constants"
import { adminActor, loadRepair } from "../../../../../../utils/http"
import { withdrawConsentWorkflow } from "../../../../../../workflows/repairs/withdraw-consent"

/** Withdrawal told at the desk; blocks every further access under those scopes. */
export async function POST(req: AuthenticatedMedusaRequest<{ scopes?: ConsentScope[] }>, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  await withdrawConsentWorkflow(req.scope).run({ input: { id: repair.id, scopes: req.validatedBody.scopes, actor: adminActor(req) } })
  res.json({ consents: await service.consentsOf(repair.id) })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ConsentScope } from "../../../../../modules/repair/constants"
import { adminActor, loadRepair } from "../../../../../utils/http"
import { giveConsentWorkflow } from "../../../../../workflows/repairs/give-consent"

/** Consent signed at the desk. */
export async function POST(req: AuthenticatedMedusaRequest<{ scopes: ConsentScope[]; text_version: string; signature_name: string }>, res: MedusaResponse) {
  const { service, repair } = await loadRepair(req)
  const b = req.validatedBody
  await giveConsentWorkflow(req.scope).run({ input: { id: repair.id, ...b, method: "desk_signature", actor: adminActor(req) } })
  res.status(201).json({ consents: await service.consentsOf(repair.id) })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { appendConsent, readConsent } from "../../../../../utils/consent"
import { StoreWithdrawConsentType } from "../../validators"

/** Withdraws consent (all non-necessary categories unless named): appends denied records. */
export async function POST(req: AuthenticatedMedusaRequest<StoreWithdrawConsentType>, res: MedusaResponse) {
  const body = req.validatedBody
  const customerId = req.auth_context?.actor_id || undefined
  const categories = body.categories ?? ["analytics", "marketing"]
  await appendConsent(req.scope, {
    visitor_id: body.visitor_id,
    customer_id: customerId,
    choices: Object.fromEntries(categories.map((c) => [c, false])),
    action: "withdrawal",
  })
  res.json({ consent: await readConsent(req.scope, body.visitor_id, customerId) })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { appendConsent, readConsent } from "../../../../utils/consent"
import { StoreGetConsent, StoreRecordConsentType } from "../validators"

/** Current consent state; every non-necessary category defaults to denied. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const parsed = StoreGetConsent.safeParse(req.query)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${issue.path.join(".") || "query"}: ${issue.message}`)
  }
  res.json({ consent: await readConsent(req.scope, parsed.data.visitor_id, req.auth_context?.actor_id || undefined) })
}

/** Records the visitor's choice per category with the exact cookie text shown (necessary is always recorded as granted). */
export async function POST(req: AuthenticatedMedusaRequest<StoreRecordConsentType>, res: MedusaResponse) {
  const body = req.validatedBody
  const customerId = req.auth_context?.actor_id || undefined
  await appendConsent(req.scope, {
    visitor_id: body.visitor_id,
    customer_id: customerId,
    policy_text_id: body.policy_text_id,
    choices: { necessary: true, analytics: body.choices.analytics, marketing: body.choices.marketing },
    action: "choice",
  })
  res.status(201).json({ consent: await readConsent(req.scope, body.visitor_id, customerId) })
}

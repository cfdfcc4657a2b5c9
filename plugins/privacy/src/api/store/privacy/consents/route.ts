import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import PrivacyModuleService from "../../../../modules/privacy/service"
import { readConsent } from "../../../../utils/consent"
import { resolveVisitor } from "../../../../utils/visitor-id"
import { recordConsentWorkflow } from "../../../../workflows/consent/record-consent"
import { StoreGetConsent, StoreRecordConsentType } from "../validators"

/**
 * Current consent state; every non-necessary category defaults to denied. Without `visitor_id` a new
 * signed visitor id is issued (answered as `consent.visitor_id`); an id this shop did not sign is a 400.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const parsed = StoreGetConsent.safeParse(req.query)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${issue.path.join(".") || "query"}: ${issue.message}`)
  }
  const visitor = resolveVisitor(req.scope.resolve<PrivacyModuleService>("privacy"), parsed.data.visitor_id)
  res.setHeader("Cache-Control", "no-store")
  res.json({ consent: await readConsent(req.scope, visitor, req.auth_context?.actor_id || undefined) })
}

/** Records the visitor's choice per category with the exact cookie text shown (necessary is always recorded as granted). */
export async function POST(req: AuthenticatedMedusaRequest<StoreRecordConsentType>, res: MedusaResponse) {
  const body = req.validatedBody
  const customerId = req.auth_context?.actor_id || undefined
  const visitor = resolveVisitor(req.scope.resolve<PrivacyModuleService>("privacy"), body.visitor_id)
  await recordConsentWorkflow(req.scope).run({
    input: {
      visitor_key: visitor.key,
      customer_id: customerId,
      policy_text_id: body.policy_text_id,
      choices: { necessary: true, analytics: body.choices.analytics, marketing: body.choices.marketing },
      action: "choice",
    },
  })
  res.setHeader("Cache-Control", "no-store")
  res.status(201).json({ consent: await readConsent(req.scope, visitor, customerId) })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import PrivacyModuleService from "../../../../../modules/privacy/service"
import { readConsent } from "../../../../../utils/consent"
import { resolveVisitor } from "../../../../../utils/visitor-id"
import { recordConsentWorkflow } from "../../../../../workflows/consent/record-consent"
import { StoreWithdrawConsentType } from "../../validators"

/** Withdraws consent (all non-necessary categories unless named): appends denied records. */
export async function POST(req: AuthenticatedMedusaRequest<StoreWithdrawConsentType>, res: MedusaResponse) {
  const body = req.validatedBody
  const customerId = req.auth_context?.actor_id || undefined
  const visitor = resolveVisitor(req.scope.resolve<PrivacyModuleService>("privacy"), body.visitor_id)
  const categories = body.categories ?? ["analytics", "marketing"]
  await recordConsentWorkflow(req.scope).run({
    input: {
      visitor_key: visitor.key,
      customer_id: customerId,
      choices: Object.fromEntries(categories.map((c) => [c, false])),
      action: "withdrawal",
    },
  })
  res.setHeader("Cache-Control", "no-store")
  res.json({ consent: await readConsent(req.scope, visitor, customerId) })
}

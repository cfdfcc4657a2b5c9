import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MULTISAFEPAY_MODULE } from "../../../../../../modules/multisafepay"
import type MultiSafepayModuleService from "../../../../../../modules/multisafepay/service"
import { resolveLatePaymentWorkflow } from "../../../../../../workflows/multisafepay/resolve-late-payment"
import { presentLatePayments } from "../../helpers"
import { AdminResolveLatePaymentType } from "../../validators"

/**
 * POST /admin/multisafepay/late-payments/:id/resolve — `{ action: "refund" | "mark_refunded" | "keep" }`.
 * 404 for an unknown id, 409 when it was already handled.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminResolveLatePaymentType>, res: MedusaResponse) {
  await resolveLatePaymentWorkflow(req.scope).run({
    input: { id: req.params.id, action: req.validatedBody.action, actor_id: req.auth_context?.actor_id },
  })
  const store = req.scope.resolve<MultiSafepayModuleService>(MULTISAFEPAY_MODULE)
  const [row] = await store.listLatePayments({ id: req.params.id }, { take: 1 })
  const [late_payment] = await presentLatePayments(req.scope, [row as never])
  res.json({ late_payment })
}

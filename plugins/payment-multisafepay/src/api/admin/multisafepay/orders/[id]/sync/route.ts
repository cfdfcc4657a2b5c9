import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { syncMultiSafepayOrderPaymentsWorkflow } from "../../../../../../workflows/multisafepay/sync-order-payments"
import { multisafepayPaymentsOf, present } from "../../helpers"

/** POST /admin/multisafepay/orders/:id/sync — re-fetches each MultiSafepay order and stores its true status. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await syncMultiSafepayOrderPaymentsWorkflow(req.scope).run({ input: { order_id: req.params.id } })
  const payments = await multisafepayPaymentsOf(req.scope, req.params.id)
  res.json({ multisafepay_payments: payments.map(present) })
}

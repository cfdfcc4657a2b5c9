import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { multisafepayPaymentsOf, present } from "../helpers"

/** GET /admin/multisafepay/orders/:id — MultiSafepay ids, statuses, history and refunds of the order's payments. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const payments = await multisafepayPaymentsOf(req.scope, req.params.id)
  res.json({ multisafepay_payments: payments.map(present) })
}

import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { MultiSafepaySessionData } from "../../../../../../providers/multisafepay/core/types"
import { requireMultiSafepayProvider } from "../../../../../../utils/provider"
import { multisafepayPaymentsOf, present } from "../../helpers"

/** POST /admin/multisafepay/orders/:id/sync — re-fetches each MultiSafepay order and stores its true status. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const paymentModule = req.scope.resolve(Modules.PAYMENT)
  const payments = await multisafepayPaymentsOf(req.scope, req.params.id)
  const out = []
  for (const p of payments) {
    const { data } = await requireMultiSafepayProvider(req.scope, p.provider_id).sync(p.data as MultiSafepaySessionData)
    // UpdatePaymentDTO omits `data`, but the module stores it (payment-module updatePayment passes it through).
    await paymentModule.updatePayment({ id: p.id, data } as unknown as Parameters<typeof paymentModule.updatePayment>[0])
    out.push(present({ ...p, data }))
  }
  res.json({ multisafepay_payments: out })
}

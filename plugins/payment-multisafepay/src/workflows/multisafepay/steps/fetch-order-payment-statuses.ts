import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MultiSafepaySessionData } from "../../../providers/multisafepay/core/types"
import type { PaymentDataUpdate } from "../../../utils/payment-status"
import { requireMultiSafepayProvider } from "../../../utils/provider"
import { multisafepayPaymentsOfOrder } from "../../../utils/shipment"

/**
 * Re-fetches the MultiSafepay order of each of the order's MultiSafepay payments and returns the data each
 * payment gets (reads only, at MultiSafepay too: no compensation).
 */
export const fetchMultiSafepayOrderPaymentStatusesStep = createStep(
  "multisafepay-fetch-order-payment-statuses",
  async (input: { order_id: string }, { container }) => {
    const payments: PaymentDataUpdate[] = []
    for (const p of await multisafepayPaymentsOfOrder(container, input.order_id)) {
      const { data } = await requireMultiSafepayProvider(container, p.provider_id).sync(p.data as MultiSafepaySessionData)
      payments.push({ id: p.id, data })
    }
    return new StepResponse({ payments })
  }
)

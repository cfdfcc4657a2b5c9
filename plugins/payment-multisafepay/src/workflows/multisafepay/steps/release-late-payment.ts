import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { requireMultiSafepayProvider } from "../../../utils/provider"

/**
 * Refunds or voids a late payment at MultiSafepay when no live Medusa payment carries it. Money that
 * moved cannot be un-moved, so there is no compensation; the provider call is idempotent (it only
 * refunds what MultiSafepay has not refunded yet), which makes a retried workflow safe.
 */
export const releaseLatePaymentStep = createStep("multisafepay-release-late-payment", async (input: { msp_order_id: string }, { container }) => {
  const provider = requireMultiSafepayProvider(container)
  return new StepResponse(await provider.releaseLatePayment(input.msp_order_id))
})

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { FlagLatePaymentInput } from "../../../modules/multisafepay/service"
import { flagLatePayment } from "../../../utils/late-payments"

/**
 * Records a late payment for the admin (once per MultiSafepay order). Kept when completing the cart fails
 * afterwards: the money arrived late either way, and a retry finds the record (`created: false`).
 */
export const flagMultiSafepayLatePaymentStep = createStep(
  "multisafepay-flag-late-payment",
  async (input: { flag: FlagLatePaymentInput; proceed: boolean }, { container }) => {
    const flagged = await flagLatePayment(container, input)
    return new StepResponse(flagged ?? null)
  }
)

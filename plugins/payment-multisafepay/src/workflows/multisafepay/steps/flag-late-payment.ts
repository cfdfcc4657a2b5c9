import { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { FlagLatePaymentInput } from "../../../modules/multisafepay/service"
import { multisafepayStore } from "../../../utils/late-payments"

/**
 * Records a late payment for the admin (once per MultiSafepay order; the first record is logged). Kept when
 * completing the cart fails afterwards: the money arrived late either way, and a retry finds the record
 * (`created: false`). Without the plugin's module (provider-only install) nothing is recorded.
 */
export const flagMultiSafepayLatePaymentStep = createStep(
  "multisafepay-flag-late-payment",
  async ({ flag, proceed }: { flag: FlagLatePaymentInput; proceed: boolean }, { container }) => {
    const store = multisafepayStore(container)
    if (!store) return new StepResponse(null)
    const { late_payment, created } = await store.flagLatePayment(flag)
    if (created) {
      container
        .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
        .warn(
          `MultiSafepay: late payment ${late_payment.id} (order ${flag.msp_order_id}, ${flag.reason}) flagged for the admin${proceed ? "; the cart may still complete" : ""}`
        )
    }
    return new StepResponse({ id: late_payment.id, reason: flag.reason, created })
  }
)

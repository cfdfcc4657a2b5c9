import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MspOrder } from "../../../providers/multisafepay/core/types"
import { storeFetchedStatus } from "../../../utils/payment-status"
import { requireMultiSafepayProvider } from "../../../utils/provider"

/**
 * Stores the status MultiSafepay reported on the session's Medusa payment (utils/payment-status.ts), as
 * "Sync status" does. The stored state never moves back, so re-running it is harmless.
 */
export const updateMultiSafepayPaymentDataStep = createStep(
  "multisafepay-update-payment-data",
  async (input: { provider_id: string; session_id: string; order: MspOrder }, { container }) => {
    const provider = requireMultiSafepayProvider(container, input.provider_id)
    return new StepResponse({ updated: await storeFetchedStatus(container, provider, { sessionId: input.session_id, order: input.order }) })
  }
)

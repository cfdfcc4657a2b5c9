import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MspOrder } from "../../../providers/multisafepay/core/types"
import { fetchedStatusUpdates } from "../../../utils/payment-status"
import { requireMultiSafepayProvider } from "../../../utils/provider"

/** The data the session's Medusa payment gets from the status MultiSafepay reported (reads only, no compensation). */
export const planMultiSafepayPaymentDataStep = createStep(
  "multisafepay-plan-payment-data",
  async (input: { provider_id: string; session_id: string; order: MspOrder }, { container }) => {
    const provider = requireMultiSafepayProvider(container, input.provider_id)
    return new StepResponse({ payments: await fetchedStatusUpdates(container, provider, { sessionId: input.session_id, order: input.order }) })
  }
)

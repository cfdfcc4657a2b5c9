import { PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MspOrder } from "../../../providers/multisafepay/core/types"
import { closeSession } from "../../../utils/late-payments"
import { requireMultiSafepayProvider } from "../../../utils/provider"

/**
 * Closes a pending session whose MultiSafepay order was cancelled, expired (or failed), so a payment that
 * still arrives later is recognised as late. No compensation: the status is MultiSafepay's truth, and the
 * step leaves sessions already closed, authorized or replaced alone.
 */
export const closeMultiSafepaySessionStep = createStep(
  "multisafepay-close-session",
  async (
    input: { provider_id: string; session_id: string; order: MspOrder; status: PaymentSessionStatus.CANCELED | PaymentSessionStatus.ERROR },
    { container }
  ) => {
    const provider = requireMultiSafepayProvider(container, input.provider_id)
    const closed = await closeSession(container, {
      sessionId: input.session_id,
      order: input.order,
      status: input.status,
      apply: (stored) => provider.applyOrder(stored, input.order).data,
    })
    return new StepResponse({ closed })
  }
)

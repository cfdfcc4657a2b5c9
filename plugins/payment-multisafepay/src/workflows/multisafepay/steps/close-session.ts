import { Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { MspOrder } from "../../../providers/multisafepay/core/types"
import { sessionToClose } from "../../../utils/late-payments"
import { requireMultiSafepayProvider } from "../../../utils/provider"

type SessionSnapshot = { id: string; amount: BigNumberInput; currency_code: string; status: PaymentSessionStatus; data: Record<string, unknown> }

/**
 * Closes a pending session whose MultiSafepay order was cancelled, expired (or failed), so a payment that
 * still arrives later is recognised as late; sessions already closed, authorized or replaced are left alone.
 * Compensation puts back the status and data the session had.
 */
export const closeMultiSafepaySessionStep = createStep(
  "multisafepay-close-session",
  async (
    input: { provider_id: string; session_id: string; order: MspOrder; status: PaymentSessionStatus.CANCELED | PaymentSessionStatus.ERROR },
    { container }
  ) => {
    const provider = requireMultiSafepayProvider(container, input.provider_id)
    const session = await sessionToClose(container, { sessionId: input.session_id, order: input.order })
    if (!session) return new StepResponse({ closed: false }, null)
    await container.resolve(Modules.PAYMENT).updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: provider.applyOrder(session.data, input.order).data as unknown as Record<string, unknown>,
      status: input.status,
    })
    const previous: SessionSnapshot = { ...session, status: session.status as PaymentSessionStatus, data: session.data as unknown as Record<string, unknown> }
    return new StepResponse({ closed: true }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.PAYMENT).updatePaymentSession(previous)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PaymentSessionStatus } from "@medusajs/framework/utils"
import { CHARGEBACK_STATUSES, MspState } from "../../../providers/multisafepay/core/status"
import { MspOrder } from "../../../providers/multisafepay/core/types"
import type { FlagLatePaymentInput } from "../../../modules/multisafepay/service"
import { screenPaidPayment } from "../../../utils/late-payments"

export type MultiSafepayNotificationInput = {
  /** Medusa's provider id, `pp_multisafepay_<id>`. */
  provider_id: string
  session_id: string
  /** The order as MultiSafepay reports it now (re-fetched, never the notification's body). */
  order: MspOrder
  state: MspState
  /** Amount (major units) Medusa's payment workflow captures when the payment is paid. */
  amount: number
  /** `reconciliation`: the job found it (a session pending too long), which also closes failed sessions. */
  source: "webhook" | "reconciliation"
}

export type NotificationRoute = "dispute" | "close_session" | "paid" | "ignore"

export type NotificationScreen = {
  route: NotificationRoute
  /** For `close_session`: the status the session gets. */
  close_status?: PaymentSessionStatus.CANCELED | PaymentSessionStatus.ERROR
  /** For `paid`: whether Medusa's payment workflow may act on it (authorize, capture, complete the cart). */
  proceed: boolean
  /** For `paid`: the late-payment record to keep, when the payment is one. */
  flag?: FlagLatePaymentInput
}

/**
 * Decides (reads only) what a MultiSafepay status means for the shop:
 * - chargeback: an open dispute, never a payment to act on;
 * - cancelled/expired (and, found by the reconciliation, failed): the session is closed;
 * - paid (captured/authorized): screened for late payments (utils/late-payments.ts), then processed;
 * - anything else (pending, declined): nothing.
 */
export const screenMultiSafepayNotificationStep = createStep(
  "multisafepay-screen-notification",
  async (input: MultiSafepayNotificationInput, { container }): Promise<StepResponse<NotificationScreen>> => {
    const { order, state } = input
    if (CHARGEBACK_STATUSES.has(String(order.status))) return new StepResponse({ route: "dispute", proceed: false })
    if (state === "canceled") return new StepResponse({ route: "close_session", close_status: PaymentSessionStatus.CANCELED, proceed: false })
    if (state === "error" && input.source === "reconciliation") {
      return new StepResponse({ route: "close_session", close_status: PaymentSessionStatus.ERROR, proceed: false })
    }
    if (state !== "captured" && state !== "authorized") return new StepResponse({ route: "ignore", proceed: false })
    const screened = await screenPaidPayment(container, { sessionId: input.session_id, order, state })
    return new StepResponse({ route: "paid", proceed: screened.proceed, flag: screened.flag })
  }
)

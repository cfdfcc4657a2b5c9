import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { toMajor } from "../providers/multisafepay/core/money"
import { CHARGEBACK_STATUSES, mapMspStatus, MspState } from "../providers/multisafepay/core/status"
import { MspOrder, MultiSafepaySessionData } from "../providers/multisafepay/core/types"
import { MULTISAFEPAY_MODULE } from "../modules/multisafepay"
import type { FlagLatePaymentInput } from "../modules/multisafepay/service"
import type MultiSafepayModuleService from "../modules/multisafepay/service"

type SessionRow = {
  id: string
  status: string
  data: MultiSafepaySessionData | null
  deleted_at: string | Date | null
  payment_collection_id: string
  payment?: { id: string; canceled_at: string | Date | null; captured_at: string | Date | null } | null
}

export type ScreenResult = {
  /** Whether Medusa's payment workflow may act on the payment (authorize, capture, complete the cart). */
  proceed: boolean
  /** The late-payment record to keep, when the payment is one (written by the flag-late-payment step). */
  flag?: FlagLatePaymentInput
}

/** The plugin's module (late payments, disputes), when the plugin (not only its provider) is installed in this shop. */
export function multisafepayStore(container: MedusaContainer | undefined): MultiSafepayModuleService | undefined {
  return container?.hasRegistration(MULTISAFEPAY_MODULE) ? container.resolve<MultiSafepayModuleService>(MULTISAFEPAY_MODULE) : undefined
}

async function loadSession(container: MedusaContainer, sessionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_session",
    fields: ["id", "status", "data", "deleted_at", "payment_collection_id", "payment.id", "payment.canceled_at", "payment.captured_at"],
    filters: { id: sessionId },
    withDeleted: true,
  })
  return data[0] as SessionRow | undefined
}

const GIVEN_BACK = new Set(["refunded", ...CHARGEBACK_STATUSES])

/** The cart paid through a payment collection (or named by the MultiSafepay order), and the order it became. */
async function cartAndOrderOf(container: MedusaContainer, ref: { paymentCollectionId?: string; cartId: string | null }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let cartId = ref.cartId
  if (ref.paymentCollectionId) {
    const { data: links } = await query.graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: ref.paymentCollectionId },
    })
    cartId = (links[0] as { cart_id?: string } | undefined)?.cart_id ?? cartId
  }
  if (!cartId) return { cartId, order: undefined }
  const { data: orderCarts } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  const orderId = (orderCarts[0] as { order_id?: string } | undefined)?.order_id
  if (!orderId) return { cartId, order: undefined }
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "status", "canceled_at"], filters: { id: orderId } })
  return { cartId, order: orders[0] as { id: string; status: string; canceled_at: string | null } | undefined }
}

/**
 * Decides (reads only) whether a payment MultiSafepay reports as paid (captured or authorized) may run
 * through Medusa's payment workflow, and whether it is a late payment, one that came after the cart or
 * order was cancelled (`flag`, recorded by the flag-late-payment step):
 * - the order was cancelled in Medusa (its payment canceled): flagged `order_canceled`, never revived;
 * - the session was deleted or moved to a newer MultiSafepay order (the cart changed): flagged
 *   `session_replaced`, no order from this payment (its amount is not the cart's any more);
 * - the cart already became an order with another payment: flagged `cart_completed` (double payment);
 * - MultiSafepay had cancelled/expired the payment (session closed) and it was paid anyway: flagged
 *   `session_canceled` and allowed to complete the cart, which Medusa re-validates (stock, amount).
 * An order cancelled after its payment was captured (and so refunded by the cancellation) is nothing
 * new: not flagged, not processed.
 */
export async function screenPaidPayment(
  container: MedusaContainer,
  input: { sessionId: string; order: MspOrder; state: Extract<MspState, "captured" | "authorized"> }
): Promise<ScreenResult> {
  const { sessionId, order, state } = input
  // Money already given back (refunded in full, charged back) never completes a cart, and is no news
  // to a payment Medusa already holds.
  if (GIVEN_BACK.has(order.status)) return { proceed: false }
  const store = multisafepayStore(container)
  if (!store) return { proceed: true }
  const session = await loadSession(container, sessionId)
  const data = session?.data ?? null
  // Medusa hard-deletes a replaced session; the MultiSafepay order still names its cart (var2).
  const { cartId, order: medusaOrder } = await cartAndOrderOf(container, {
    paymentCollectionId: session?.payment_collection_id,
    cartId: order.var2 ?? data?.cart_id ?? null,
  })
  const payment = session?.payment ?? null

  let reason: FlagLatePaymentInput["reason"] | undefined
  let proceed = true
  if (!session || session.deleted_at || (data?.order_id && data.order_id !== order.order_id)) {
    reason = "session_replaced"
    proceed = false
  } else if (payment?.canceled_at || medusaOrder?.status === "canceled") {
    if (payment && !payment.canceled_at) return { proceed: false }
    reason = "order_canceled"
    proceed = false
  } else if (medusaOrder && !payment) {
    reason = "cart_completed"
    proceed = false
  } else if (
    session.status === PaymentSessionStatus.CANCELED ||
    (data?.msp_status && mapMspStatus(data.msp_status, data.msp_financial_status, data.manual_capture) === "canceled")
  ) {
    reason = "session_canceled"
  }
  if (!reason) return { proceed }
  return {
    proceed,
    flag: {
      msp_order_id: order.order_id,
      transaction_id: order.transaction_id != null ? String(order.transaction_id) : null,
      payment_session_id: sessionId,
      payment_id: payment?.id ?? null,
      cart_id: cartId,
      order_id: medusaOrder?.id ?? null,
      reason,
      paid_state: state,
      msp_status: order.status,
      msp_financial_status: order.financial_status ?? null,
      amount: toMajor(order.amount, order.currency),
      currency_code: order.currency.toLowerCase(),
    },
  }
}

/**
 * The session to close (reads only) when MultiSafepay reports its current order cancelled or expired (or, found
 * by the reconciliation, failed), so a payment that still arrives later is recognised as late: only a pending
 * session of that MultiSafepay order; sessions already closed, authorized or replaced are left alone
 * (`undefined`). The close itself is a step (workflows/multisafepay/steps/close-session.ts).
 */
export async function sessionToClose(container: MedusaContainer, input: { sessionId: string; order: MspOrder }) {
  const session = await loadSession(container, input.sessionId)
  if (!session?.data || session.deleted_at || session.status !== PaymentSessionStatus.PENDING || session.data.order_id !== input.order.order_id)
    return undefined
  const payment = container.resolve(Modules.PAYMENT)
  const [current] = await payment.listPaymentSessions({ id: input.sessionId }, { select: ["id", "amount", "currency_code"] })
  return { id: session.id, amount: current.amount, currency_code: current.currency_code, status: session.status, data: session.data }
}

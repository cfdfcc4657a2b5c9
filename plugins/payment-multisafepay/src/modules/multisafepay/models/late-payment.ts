import { model } from "@medusajs/framework/utils"

/**
 * Why a payment is late:
 * - `order_canceled`: the order was cancelled in Medusa (its payment canceled) and MultiSafepay then
 *   reported the payment paid. The order is never revived.
 * - `session_canceled`: MultiSafepay had cancelled or expired the payment (the session was closed) and
 *   it was paid anyway (Second Chance, a late bank transfer). The cart may still become an order.
 * - `session_replaced`: the payment belongs to a session that was deleted or moved to a newer
 *   MultiSafepay order because the cart changed; its amount no longer matches the cart.
 * - `cart_completed`: the cart had already become an order with another payment (a double payment).
 */
export const LATE_PAYMENT_REASONS = ["order_canceled", "session_canceled", "session_replaced", "cart_completed"] as const
/** `open` until a merchant handles it: refunded (or refunded elsewhere), voided (an authorization released) or kept. */
export const LATE_PAYMENT_STATUSES = ["open", "refunded", "voided", "kept"] as const
export const LATE_PAYMENT_STATES = ["captured", "authorized"] as const

/**
 * A MultiSafepay payment that arrived after its cart or order was cancelled, kept until a merchant
 * handles it. Ids, statuses and the amount only: no personal data.
 */
const LatePayment = model
  .define("multisafepay_late_payment", {
    id: model.id({ prefix: "msplp" }).primaryKey(),
    msp_order_id: model.text(),
    transaction_id: model.text().nullable(),
    payment_session_id: model.text(),
    payment_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    reason: model.enum([...LATE_PAYMENT_REASONS]),
    paid_state: model.enum([...LATE_PAYMENT_STATES]),
    msp_status: model.text(),
    msp_financial_status: model.text().nullable(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    status: model.enum([...LATE_PAYMENT_STATUSES]).default("open"),
    refund_transaction_id: model.text().nullable(),
    handled_at: model.dateTime().nullable(),
    handled_by: model.text().nullable(),
  })
  .indexes([{ on: ["msp_order_id"], unique: true }, { on: ["status", "created_at"] }, { on: ["order_id"] }, { on: ["cart_id"] }])

export default LatePayment

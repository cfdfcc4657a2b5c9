import { MspOrder } from "../providers/multisafepay/core/types"

/**
 * The part of a fetched MultiSafepay order the `multisafepay-handle-notification` workflow needs: ids,
 * statuses, amounts and capture mode. A workflow's input is checkpointed (in Redis with the Redis workflow
 * engine), and MultiSafepay's order also carries the payer's name, addresses, e-mail and cart lines, which
 * must not be stored there.
 */
export function notificationOrder(order: MspOrder): MspOrder {
  return {
    order_id: order.order_id,
    transaction_id: order.transaction_id ?? null,
    status: order.status,
    financial_status: order.financial_status ?? null,
    amount: order.amount,
    amount_refunded: order.amount_refunded,
    currency: order.currency,
    modified: order.modified,
    var1: order.var1 ?? null,
    var2: order.var2 ?? null,
    gateway: order.gateway ?? null,
    payment_details: order.payment_details
      ? { type: order.payment_details.type, capture: order.payment_details.capture ?? null, capture_remain: order.payment_details.capture_remain }
      : null,
  }
}

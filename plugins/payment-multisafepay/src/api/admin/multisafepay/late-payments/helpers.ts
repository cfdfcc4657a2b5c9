import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type LatePaymentRow = {
  id: string
  msp_order_id: string
  transaction_id: string | null
  payment_session_id: string
  payment_id: string | null
  cart_id: string | null
  order_id: string | null
  reason: string
  paid_state: string
  msp_status: string
  msp_financial_status: string | null
  amount: unknown
  currency_code: string
  status: string
  refund_transaction_id: string | null
  handled_at: Date | string | null
  handled_by: string | null
  created_at: Date | string
}

type OrderSummary = { id: string; display_id: number; status: string }

/**
 * Late payments as the admin shows them, each with the order it belongs to: the order it was flagged
 * on, or the order its cart became (a payment allowed to complete its cart after a cancellation).
 */
export async function presentLatePayments(container: MedusaContainer, rows: LatePaymentRow[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const cartIds = rows.filter((r) => !r.order_id && r.cart_id).map((r) => r.cart_id!)
  const orderOfCart = new Map<string, string>()
  if (cartIds.length) {
    const { data } = await query.graph({ entity: "order_cart", fields: ["cart_id", "order_id"], filters: { cart_id: cartIds } })
    for (const l of data as { cart_id: string; order_id: string }[]) orderOfCart.set(l.cart_id, l.order_id)
  }
  const orderIds = [...new Set(rows.map((r) => r.order_id ?? (r.cart_id ? orderOfCart.get(r.cart_id) : undefined)).filter(Boolean))] as string[]
  const orders = new Map<string, OrderSummary>()
  if (orderIds.length) {
    const { data } = await query.graph({ entity: "order", fields: ["id", "display_id", "status"], filters: { id: orderIds } })
    for (const o of data as OrderSummary[]) orders.set(o.id, o)
  }
  return rows.map((r) => {
    const orderId = r.order_id ?? (r.cart_id ? orderOfCart.get(r.cart_id) : undefined)
    const order = orderId ? orders.get(orderId) : undefined
    return {
      id: r.id,
      msp_order_id: r.msp_order_id,
      transaction_id: r.transaction_id,
      reason: r.reason,
      paid_state: r.paid_state,
      msp_status: r.msp_status,
      msp_financial_status: r.msp_financial_status,
      amount: Number(r.amount),
      currency_code: r.currency_code,
      status: r.status,
      payment_session_id: r.payment_session_id,
      payment_id: r.payment_id,
      cart_id: r.cart_id,
      order: order ? { id: order.id, display_id: order.display_id, status: order.status } : null,
      refund_transaction_id: r.refund_transaction_id,
      handled_at: r.handled_at,
      handled_by: r.handled_by,
      created_at: r.created_at,
    }
  })
}

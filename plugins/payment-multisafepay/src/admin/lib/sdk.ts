import Medusa from "@medusajs/js-sdk"

export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

export type LatePayment = {
  id: string
  msp_order_id: string
  transaction_id: string | null
  reason: "order_canceled" | "session_canceled" | "session_replaced" | "cart_completed"
  paid_state: "captured" | "authorized"
  msp_status: string
  msp_financial_status: string | null
  amount: number
  currency_code: string
  status: "open" | "refunded" | "voided" | "kept"
  cart_id: string | null
  order: { id: string; display_id: number; status: string } | null
  refund_transaction_id: string | null
  handled_at: string | null
  created_at: string
}

export type LatePaymentList = { late_payments: LatePayment[]; count: number; offset: number; limit: number }

export const REASON_LABEL: Record<LatePayment["reason"], string> = {
  order_canceled: "Paid after the order was cancelled",
  session_canceled: "Paid after MultiSafepay cancelled or expired it",
  session_replaced: "Paid for a replaced checkout (cart changed)",
  cart_completed: "Second payment for an order already paid",
}

export const STATUS_COLOR: Record<LatePayment["status"], "red" | "green" | "grey" | "blue"> = {
  open: "red",
  refunded: "green",
  voided: "green",
  kept: "blue",
}

export const money = (amount: number, currency: string) =>
  new Intl.NumberFormat("nl-NL", { style: "currency", currency: currency.toUpperCase() }).format(amount)

export type Dispute = {
  id: string
  msp_order_id: string
  order_id: string | null
  customer_id: string | null
  amount: number
  currency_code: string
  status: "open" | "resolved"
  resolved_at: string | null
  resolved_by: string | null
  created_at: string
}

export type DisputeList = { disputes: Dispute[]; count: number; offset: number; limit: number }

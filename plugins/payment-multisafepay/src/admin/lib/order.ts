import { useQuery } from "@tanstack/react-query"
import { LatePayment, sdk } from "./sdk"

export type MspPayment = {
  payment_id: string
  provider_id: string
  environment: "test" | "live" | null
  control_url: string | null
  msp_order_id: string | null
  transaction_id: string | null
  payment_type: string | null
  status: string | null
  financial_status: string | null
  currency_code?: string
  late_payment: boolean
  status_history: { status: string; financial_status: string | null; at: string }[]
  refunds: { transaction_id: string; amount_minor: number; at: string }[]
}

export type MspDispute = {
  id: string
  msp_order_id: string
  amount: number
  currency_code: string
  status: "open" | "resolved"
  created_at: string
  resolved_at: string | null
}

export type MspOrderData = { multisafepay_payments: MspPayment[]; late_payments: LatePayment[]; disputes: MspDispute[] }

/** One order's MultiSafepay payments, late payments and chargebacks (shared by the card and the banner). */
export const useMspOrder = (orderId: string) =>
  useQuery({
    queryKey: ["multisafepay", orderId],
    queryFn: () => sdk.client.fetch<MspOrderData>(`/admin/multisafepay/orders/${orderId}`),
  })

import Medusa from "@medusajs/js-sdk"
import { useQuery } from "@tanstack/react-query"

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

export const STATUS_COLOR: Record<LatePayment["status"], "red" | "green" | "grey" | "blue"> = {
  open: "red",
  refunded: "green",
  voided: "green",
  kept: "blue",
}

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

/** Orders by id (Medusa's admin API), for their `#display_id`. */
export function useOrderNumbers(ids: (string | null | undefined)[]) {
  const list = [...new Set(ids.filter((x): x is string => !!x))].sort()
  const { data } = useQuery({
    queryKey: ["multisafepay-order-numbers", list],
    enabled: list.length > 0,
    queryFn: () =>
      sdk.client.fetch<{ orders: { id: string; display_id: number }[] }>(
        `/admin/orders?${list.map((id) => `id[]=${encodeURIComponent(id)}`).join("&")}&limit=${list.length}&fields=id,display_id`
      ),
  })
  return new Map((data?.orders ?? []).map((o) => [o.id, o.display_id]))
}

import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { DetailWidgetProps, AdminOrder } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { LatePayment, money, REASON_LABEL, sdk, STATUS_COLOR } from "../lib/sdk"

type MspPayment = {
  payment_id: string
  msp_order_id: string | null
  transaction_id: string | null
  payment_type: string | null
  status: string | null
  financial_status: string | null
  late_payment: boolean
  status_history: { status: string; financial_status: string | null; at: string }[]
  refunds: { transaction_id: string; amount_minor: number; at: string }[]
}

type MspDispute = { id: string; msp_order_id: string; amount: number; currency_code: string; status: "open" | "resolved"; created_at: string; resolved_at: string | null }

const RED = new Set(["declined", "void", "cancelled", "expired", "chargeback", "chargedback"])
const color = (s: string | null) => (s === "completed" || s === "shipped" ? "green" : s && RED.has(s) ? "red" : "orange")

/** Order page: MultiSafepay order id, transaction id, method, status history, refunds and a "sync status" action. */
const MultiSafepayOrderWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const qc = useQueryClient()
  const key = ["multisafepay", order.id]
  const { data, isLoading } = useQuery({
    queryKey: key,
    queryFn: () => sdk.client.fetch<{ multisafepay_payments: MspPayment[]; late_payments: LatePayment[]; disputes: MspDispute[] }>(`/admin/multisafepay/orders/${order.id}`),
  })
  const sync = useMutation({
    mutationFn: () => sdk.client.fetch<{ multisafepay_payments: MspPayment[] }>(`/admin/multisafepay/orders/${order.id}/sync`, { method: "POST", body: {} }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: key })
      toast.success("MultiSafepay status synchronised")
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const payments = data?.multisafepay_payments ?? []
  const late = data?.late_payments ?? []
  const disputes = data?.disputes ?? []
  if (!isLoading && !payments.length && !late.length) return null
  return (
    <Container className="divide-y p-0" data-testid="multisafepay-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">MultiSafepay</Heading>
        <Button size="small" variant="secondary" isLoading={sync.isPending} onClick={() => sync.mutate()}>
          Sync status
        </Button>
      </div>
      {payments.map((p) => (
        <div key={p.payment_id} className="flex flex-col gap-y-2 px-6 py-4">
          <Text size="small">Order id: <span data-testid="msp-order-id">{p.msp_order_id}</span></Text>
          <Text size="small">Transaction id: <span data-testid="msp-transaction-id">{p.transaction_id ?? "–"}</span></Text>
          <Text size="small">Method: {p.payment_type ?? "–"}</Text>
          <div className="flex gap-x-2">
            <Badge color={color(p.status)} data-testid="msp-status">{p.status ?? "unknown"}</Badge>
            <Badge color={color(p.financial_status)}>{p.financial_status ?? "–"}</Badge>
            {p.late_payment && <Badge color="red">Paid after cancellation: refund</Badge>}
          </div>
          {p.status_history.length > 0 && (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Status</Table.HeaderCell>
                  <Table.HeaderCell>Financial</Table.HeaderCell>
                  <Table.HeaderCell>At</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {p.status_history.map((h, i) => (
                  <Table.Row key={i}>
                    <Table.Cell>{h.status}</Table.Cell>
                    <Table.Cell>{h.financial_status ?? "–"}</Table.Cell>
                    <Table.Cell>{new Date(h.at).toLocaleString()}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
          {p.refunds.map((r) => (
            <Text size="small" key={r.transaction_id}>
              Refund {r.transaction_id}: {(r.amount_minor / 100).toFixed(2)} ({new Date(r.at).toLocaleString()})
            </Text>
          ))}
        </div>
      ))}
      {disputes.map((d) => (
        <div key={d.id} className="flex flex-col gap-y-1 px-6 py-4" data-testid="msp-order-dispute">
          <div className="flex items-center gap-x-2">
            <Badge color={d.status === "open" ? "red" : "grey"} data-testid="msp-dispute-status">
              {d.status === "open" ? "Chargeback: open dispute" : "Chargeback: resolved"}
            </Badge>
            <Text size="small">{money(d.amount, d.currency_code)}</Text>
          </div>
          <Text size="small">
            The card holder disputed MultiSafepay order {d.msp_order_id} on {new Date(d.created_at).toLocaleString()}.{" "}
            <Link to="/multisafepay" className="text-ui-fg-interactive">
              Disputes
            </Link>
          </Text>
        </div>
      ))}
      {late.map((p) => (
        <div key={p.id} className="flex flex-col gap-y-1 px-6 py-4" data-testid="msp-order-late-payment">
          <div className="flex items-center gap-x-2">
            <Badge color={STATUS_COLOR[p.status]}>Late payment: {p.status}</Badge>
            <Text size="small">{money(p.amount, p.currency_code)}</Text>
          </div>
          <Text size="small">
            {REASON_LABEL[p.reason]} (MultiSafepay order {p.msp_order_id}).{" "}
            <Link to="/multisafepay" className="text-ui-fg-interactive">
              Handle it
            </Link>
          </Text>
        </div>
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default MultiSafepayOrderWidget

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import { Button, Container, Heading, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { DisputesSection } from "../../components/disputes-section"
import { LatePayment, LatePaymentList, money, REASON_LABEL, sdk, STATUS_COLOR } from "../../lib/sdk"

const PAGE = 20
type Filter = "open" | "handled" | "all"
const FILTERS: { id: Filter; label: string }[] = [
  { id: "open", label: "Open" },
  { id: "all", label: "All" },
]
type Action = "refund" | "mark_refunded" | "keep"

/**
 * MultiSafepay payments that arrived after their cart or order was cancelled, for a merchant to refund
 * (or record as refunded elsewhere, or keep). Every flagged payment, with its order when there is one.
 */
const LatePaymentsPage = () => (
  <div className="flex flex-col gap-y-3">
    <LatePaymentsSection />
    <DisputesSection />
  </div>
)

const LatePaymentsSection = () => {
  const qc = useQueryClient()
  const prompt = usePrompt()
  const [filter, setFilter] = useState<Filter>("open")
  const [offset, setOffset] = useState(0)
  const { data, isLoading } = useQuery({
    queryKey: ["multisafepay-late-payments", filter, offset],
    queryFn: () =>
      sdk.client.fetch<LatePaymentList>("/admin/multisafepay/late-payments", {
        query: { limit: PAGE, offset, ...(filter === "open" ? { status: "open" } : {}) },
      }),
  })
  const resolve = useMutation({
    mutationFn: ({ id, action }: { id: string; action: Action }) =>
      sdk.client.fetch<{ late_payment: LatePayment }>(`/admin/multisafepay/late-payments/${id}/resolve`, { method: "POST", body: { action } }),
    onSuccess: ({ late_payment }) => {
      toast.success(`Late payment ${late_payment.msp_order_id}: ${late_payment.status}`)
      qc.invalidateQueries({ queryKey: ["multisafepay-late-payments"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const act = async (p: LatePayment, action: Action) => {
    const text: Record<Action, string> = {
      refund:
        p.paid_state === "authorized"
          ? `Release the authorization of ${money(p.amount, p.currency_code)} at MultiSafepay?`
          : `Refund ${money(p.amount, p.currency_code)} to the payer through MultiSafepay?`,
      mark_refunded: "Record that this payment was refunded elsewhere (e.g. in the MultiSafepay dashboard)? Nothing is refunded now.",
      keep: "Keep this payment (e.g. you ship the order)? Nothing is refunded.",
    }
    if (await prompt({ title: "Late payment", description: text[action], confirmText: "Yes", cancelText: "Cancel" })) {
      resolve.mutate({ id: p.id, action })
    }
  }
  const rows = data?.late_payments ?? []
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0" data-testid="msp-late-payments">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>MultiSafepay: late payments</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Payments that arrived after their cart or order was cancelled. They are never silently accepted: refund them, or
            record what you did.
          </Text>
        </div>
        <div className="flex gap-x-2">
          {FILTERS.map((f) => (
            <Button
              key={f.id}
              size="small"
              variant={filter === f.id ? "primary" : "secondary"}
              onClick={() => {
                setFilter(f.id)
                setOffset(0)
              }}
            >
              {f.label}
            </Button>
          ))}
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Detected</Table.HeaderCell>
            <Table.HeaderCell>MultiSafepay order</Table.HeaderCell>
            <Table.HeaderCell>Amount</Table.HeaderCell>
            <Table.HeaderCell>Why</Table.HeaderCell>
            <Table.HeaderCell>Order</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Action</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {isLoading && (
            <Table.Row>
              <Table.Cell>Loading…</Table.Cell>
            </Table.Row>
          )}
          {!isLoading && !rows.length && (
            <Table.Row>
              <Table.Cell data-testid="msp-late-payments-empty">No {filter === "open" ? "open " : ""}late payments.</Table.Cell>
            </Table.Row>
          )}
          {rows.map((p) => (
            <Table.Row key={p.id} data-testid="msp-late-payment-row">
              <Table.Cell>{new Date(p.created_at).toLocaleString()}</Table.Cell>
              <Table.Cell>
                <span data-testid="msp-late-payment-order-id">{p.msp_order_id}</span>
              </Table.Cell>
              <Table.Cell>
                {money(p.amount, p.currency_code)} {p.paid_state === "authorized" ? "(authorized)" : ""}
              </Table.Cell>
              <Table.Cell>{REASON_LABEL[p.reason]}</Table.Cell>
              <Table.Cell>
                {p.order ? (
                  <Link to={`/orders/${p.order.id}`} className="text-ui-fg-interactive" data-testid="msp-late-payment-order-link">
                    #{p.order.display_id} ({p.order.status})
                  </Link>
                ) : (
                  "no order"
                )}
              </Table.Cell>
              <Table.Cell>
                <StatusBadge color={STATUS_COLOR[p.status]}>{p.status}</StatusBadge>
              </Table.Cell>
              <Table.Cell>
                {p.status === "open" ? (
                  <div className="flex gap-x-2">
                    <Button size="small" variant="danger" isLoading={resolve.isPending} onClick={() => act(p, "refund")}>
                      {p.paid_state === "authorized" ? "Release" : "Refund"}
                    </Button>
                    <Button size="small" variant="secondary" onClick={() => act(p, "mark_refunded")}>
                      Refunded elsewhere
                    </Button>
                    <Button size="small" variant="secondary" onClick={() => act(p, "keep")}>
                      Keep
                    </Button>
                  </div>
                ) : (
                  <Text size="small">{p.refund_transaction_id ? `refund ${p.refund_transaction_id}` : "–"}</Text>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Table.Pagination
        count={count}
        pageSize={PAGE}
        pageIndex={offset / PAGE}
        pageCount={Math.max(1, Math.ceil(count / PAGE))}
        canPreviousPage={offset > 0}
        canNextPage={offset + PAGE < count}
        previousPage={() => setOffset(Math.max(0, offset - PAGE))}
        nextPage={() => setOffset(offset + PAGE)}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "MultiSafepay",
  icon: CreditCard,
})

export default LatePaymentsPage

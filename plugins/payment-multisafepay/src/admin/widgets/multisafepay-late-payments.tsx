import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { LatePaymentList, money, REASON_LABEL, sdk } from "../lib/sdk"

/** Order list: how many MultiSafepay payments wait for a refund decision, the newest of them, and a link to all. */
const MultiSafepayLatePaymentsWidget = () => {
  const { data } = useQuery({
    queryKey: ["multisafepay-late-payments", "open", "widget"],
    queryFn: () => sdk.client.fetch<LatePaymentList>("/admin/multisafepay/late-payments", { query: { status: "open", limit: 3, offset: 0 } }),
  })
  if (!data?.count) return null
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4" data-testid="msp-late-payments-widget">
      <div className="flex items-center justify-between">
        <Heading level="h2">MultiSafepay: payments to refund</Heading>
        <StatusBadge color="red" data-testid="msp-late-payments-count">
          {data.count} open
        </StatusBadge>
      </div>
      {data.late_payments.map((p) => (
        <Text size="small" key={p.id}>
          {money(p.amount, p.currency_code)} · {REASON_LABEL[p.reason]} ·{" "}
          {p.order ? <Link to={`/orders/${p.order.id}`} className="text-ui-fg-interactive">order #{p.order.display_id}</Link> : "no order"}
        </Text>
      ))}
      <Link to="/multisafepay" className="text-ui-fg-interactive txt-small">
        Show all late payments
      </Link>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default MultiSafepayLatePaymentsWidget

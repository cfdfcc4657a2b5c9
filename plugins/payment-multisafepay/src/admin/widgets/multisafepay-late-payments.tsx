import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useFormat } from "../lib/format"
import { DisputeList, LatePaymentList, sdk } from "../lib/sdk"

/** Order list, above the table: open chargebacks and late payments to refund, the newest of them, and a link to all. */
const MultiSafepayLatePaymentsWidget = () => {
  const { t } = useTranslation()
  const f = useFormat()
  const late = useQuery({
    queryKey: ["multisafepay-late-payments", "open", "widget"],
    queryFn: () => sdk.client.fetch<LatePaymentList>("/admin/multisafepay/late-payments", { query: { status: "open", limit: 3, offset: 0 } }),
  })
  const disputes = useQuery({
    queryKey: ["multisafepay-disputes", "open", "widget"],
    queryFn: () => sdk.client.fetch<DisputeList>("/admin/multisafepay/disputes", { query: { status: "open", limit: 3, offset: 0 } }),
  })
  const lateCount = late.data?.count ?? 0
  const disputeCount = disputes.data?.count ?? 0
  if (!lateCount && !disputeCount) return null
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4" role="alert" data-testid="msp-late-payments-widget">
      <div className="flex items-center justify-between">
        <div className="flex items-center gap-x-2">
          <ExclamationCircle className="text-ui-tag-red-icon" />
          <Heading level="h2">{t("multisafepay.list_banner.title")}</Heading>
        </div>
        <div className="flex gap-x-2">
          {disputeCount > 0 && (
            <StatusBadge color="red" data-testid="msp-disputes-count">
              {t("multisafepay.list_banner.disputes", { count: disputeCount })}
            </StatusBadge>
          )}
          {lateCount > 0 && (
            <StatusBadge color="red" data-testid="msp-late-payments-count">
              {t("multisafepay.list_banner.late", { count: lateCount })}
            </StatusBadge>
          )}
        </div>
      </div>
      {(disputes.data?.disputes ?? []).map((d) => (
        <Text size="small" key={d.id}>
          {t("multisafepay.list_banner.chargeback_line", { amount: f.money(d.amount, d.currency_code) })} ·{" "}
          {d.order_id ? (
            <Link to={`/orders/${d.order_id}`} className="text-ui-fg-interactive">
              {t("multisafepay.list_banner.open_order")}
            </Link>
          ) : (
            t("multisafepay.late.no_order")
          )}
        </Text>
      ))}
      {(late.data?.late_payments ?? []).map((p) => (
        <Text size="small" key={p.id}>
          {f.money(p.amount, p.currency_code)} · {f.reason(p.reason)} ·{" "}
          {p.order ? (
            <Link to={`/orders/${p.order.id}`} className="text-ui-fg-interactive">
              {t("multisafepay.late.order_number", { number: p.order.display_id })}
            </Link>
          ) : (
            t("multisafepay.late.no_order")
          )}
        </Text>
      ))}
      <Link to="/multisafepay" className="text-ui-fg-interactive txt-small">
        {t("multisafepay.list_banner.show_all")}
      </Link>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.list.before" })

export default MultiSafepayLatePaymentsWidget

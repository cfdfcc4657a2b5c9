import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useFormat } from "../lib/format"
import { useMspOrder } from "../lib/order"

/** Top of the order page: an open chargeback or an open late payment, said first, with where to handle it. */
const MultiSafepayOrderBanner = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const f = useFormat()
  const { data } = useMspOrder(order.id)
  const disputes = (data?.disputes ?? []).filter((d) => d.status === "open")
  const late = (data?.late_payments ?? []).filter((l) => l.status === "open")
  if (!disputes.length && !late.length) return null
  return (
    <Container className="border-ui-tag-red-border bg-ui-tag-red-bg flex items-start gap-x-3 px-6 py-4" role="alert" data-testid="msp-order-banner">
      <ExclamationCircle className="text-ui-tag-red-icon mt-0.5 shrink-0" />
      <div className="flex flex-col gap-y-1">
        {disputes.map((d) => (
          <Text size="small" weight="plus" key={d.id} data-testid="msp-banner-chargeback">
            {t("multisafepay.banner.chargeback", { amount: f.money(d.amount, d.currency_code), date: f.dateTime(d.created_at) })}
          </Text>
        ))}
        {late.map((l) => (
          <Text size="small" weight="plus" key={l.id} data-testid="msp-banner-late-payment">
            {t("multisafepay.banner.late", { amount: f.money(l.amount, l.currency_code), reason: f.reason(l.reason) })}
          </Text>
        ))}
        <Text size="small">
          {disputes.length ? t("multisafepay.banner.chargeback_hint") : t("multisafepay.banner.late_hint")}{" "}
          <Link to="/multisafepay" className="text-ui-fg-interactive">
            {t("multisafepay.banner.handle")}
          </Link>
        </Text>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.before" })

export default MultiSafepayOrderBanner

import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ArrowUpRightOnBox } from "@medusajs/icons"
import { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, StatusBadge, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { statusColor, useFormat } from "../lib/format"
import { MspOrderData, useMspOrder } from "../lib/order"
import { sdk, STATUS_COLOR } from "../lib/sdk"

const Row = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-3">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text size="small" leading="compact" className="break-all" data-testid={testId}>
      {children}
    </Text>
  </div>
)

type Event = { at: string; text: string; color: "green" | "red" | "orange" | "grey" | "blue" }

/** Every MultiSafepay fact of the order as one timeline, newest first. */
function useTimeline(data: MspOrderData | undefined): Event[] {
  const { t } = useTranslation()
  const f = useFormat()
  if (!data) return []
  const events: Event[] = []
  for (const p of data.multisafepay_payments) {
    for (const h of p.status_history)
      events.push({
        at: h.at,
        text: t("multisafepay.order.event_status", { status: f.mspStatus(h.status), financial: f.mspStatus(h.financial_status) }),
        color: statusColor(h.status),
      })
    for (const r of p.refunds)
      events.push({ at: r.at, text: t("multisafepay.order.event_refund", { amount: f.minor(r.amount_minor, p.currency_code ?? "eur") }), color: "blue" })
  }
  for (const d of data.disputes) {
    events.push({ at: d.created_at, text: t("multisafepay.order.event_chargeback", { amount: f.money(d.amount, d.currency_code) }), color: "red" })
    if (d.resolved_at) events.push({ at: d.resolved_at, text: t("multisafepay.order.event_dispute_resolved"), color: "green" })
  }
  for (const l of data.late_payments) {
    events.push({
      at: l.created_at,
      text: t("multisafepay.order.event_late", { amount: f.money(l.amount, l.currency_code), reason: f.reason(l.reason) }),
      color: "red",
    })
    if (l.handled_at)
      events.push({ at: l.handled_at, text: t("multisafepay.order.event_late_handled", { status: f.lateStatus(l.status) }), color: STATUS_COLOR[l.status] })
  }
  return events.sort((a, b) => b.at.localeCompare(a.at))
}

/** Order page: the MultiSafepay card in Medusa's label/value layout, a link to MultiSafepay Control and the payment's timeline. */
const MultiSafepayOrderWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const f = useFormat()
  const qc = useQueryClient()
  const { data, isLoading } = useMspOrder(order.id)
  const sync = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/multisafepay/orders/${order.id}/sync`, { method: "POST", body: {} }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ["multisafepay", order.id] })
      toast.success(t("multisafepay.order.synced"))
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const timeline = useTimeline(data)
  const payments = data?.multisafepay_payments ?? []
  if (!isLoading && !payments.length && !data?.late_payments.length && !data?.disputes.length) return null
  return (
    <Container className="divide-y p-0" data-testid="multisafepay-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">MultiSafepay</Heading>
        <Button size="small" variant="secondary" isLoading={sync.isPending} onClick={() => sync.mutate()}>
          {t("multisafepay.order.sync")}
        </Button>
      </div>
      {payments.map((p) => (
        <div key={p.payment_id} className="divide-y">
          <Row label={t("multisafepay.order.msp_order")}>
            <span data-testid="msp-order-id">{p.msp_order_id}</span>
          </Row>
          <Row label={t("multisafepay.order.transaction")}>
            <span data-testid="msp-transaction-id">{p.transaction_id ?? "–"}</span>
          </Row>
          <Row label={t("multisafepay.order.method")}>{f.gateway(p.payment_type)}</Row>
          <Row label={t("multisafepay.order.status")}>
            <StatusBadge color={statusColor(p.status)} data-testid="msp-status">
              {f.mspStatus(p.status)}
            </StatusBadge>
          </Row>
          <Row label={t("multisafepay.order.financial_status")}>
            <StatusBadge color={statusColor(p.financial_status)} data-testid="msp-financial-status">
              {f.mspStatus(p.financial_status)}
            </StatusBadge>
          </Row>
          {p.late_payment && <Row label={t("multisafepay.order.late")}>{t("multisafepay.order.late_text")}</Row>}
          {p.control_url && (
            <div className="px-6 py-3">
              <a
                href={p.control_url}
                target="_blank"
                rel="noreferrer"
                className="text-ui-fg-interactive txt-small inline-flex items-center gap-x-1"
                data-testid="msp-control-link"
              >
                {t(p.environment === "live" ? "multisafepay.order.control_live" : "multisafepay.order.control_test")}
                <ArrowUpRightOnBox />
              </a>
            </div>
          )}
        </div>
      ))}
      {data?.disputes.length || data?.late_payments.length ? (
        <div className="px-6 py-3">
          <Link to="/multisafepay" className="text-ui-fg-interactive txt-small">
            {t("multisafepay.order.handle")}
          </Link>
        </div>
      ) : null}
      {timeline.length > 0 && (
        <div className="px-6 py-4">
          <Text size="small" weight="plus" className="mb-2">
            {t("multisafepay.order.timeline")}
          </Text>
          <ol className="flex flex-col gap-y-2" data-testid="msp-timeline">
            {timeline.map((e, i) => (
              <li key={i} className="flex items-start gap-x-2">
                <StatusBadge color={e.color} className="mt-0.5 shrink-0">
                  {" "}
                </StatusBadge>
                <div>
                  <Text size="small" leading="compact">
                    {e.text}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {f.dateTime(e.at)}
                  </Text>
                </div>
              </li>
            ))}
          </ol>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default MultiSafepayOrderWidget

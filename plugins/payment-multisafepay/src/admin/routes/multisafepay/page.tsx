import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import { Button, Container, Heading, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { DisputesSection } from "../../components/disputes-section"
import { useFormat } from "../../lib/format"
import { LatePayment, LatePaymentList, sdk, STATUS_COLOR } from "../../lib/sdk"

const PAGE = 20
type Filter = "open" | "handled" | "all"
const FILTERS: Filter[] = ["open", "all"]
type Action = "refund" | "mark_refunded" | "keep"

/**
 * MultiSafepay payments that arrived after their cart or order was cancelled, for a merchant to refund
 * (or record as refunded elsewhere, or keep). Every flagged payment, with its order when there is one.
 */
const LatePaymentsPage = () => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex justify-end">
        <Button size="small" variant="secondary" asChild>
          <Link to="/multisafepay/settings">{t("multisafepay.settings.link")}</Link>
        </Button>
      </div>
      <LatePaymentsSection />
      <DisputesSection />
    </div>
  )
}

const LatePaymentsSection = () => {
  const { t } = useTranslation()
  const f = useFormat()
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
      toast.success(t("multisafepay.late.resolved", { id: late_payment.msp_order_id, status: f.lateStatus(late_payment.status) }))
      qc.invalidateQueries({ queryKey: ["multisafepay-late-payments"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const act = async (p: LatePayment, action: Action) => {
    const text: Record<Action, string> = {
      refund:
        p.paid_state === "authorized"
          ? t("multisafepay.late.confirm_release", { amount: f.money(p.amount, p.currency_code) })
          : t("multisafepay.late.confirm_refund", { amount: f.money(p.amount, p.currency_code) }),
      mark_refunded: t("multisafepay.late.confirm_mark_refunded"),
      keep: t("multisafepay.late.confirm_keep"),
    }
    if (
      await prompt({
        title: t("multisafepay.late.prompt_title"),
        description: text[action],
        confirmText: t("multisafepay.late.yes"),
        cancelText: t("multisafepay.actions.back"),
      })
    ) {
      resolve.mutate({ id: p.id, action })
    }
  }
  const rows = data?.late_payments ?? []
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0" data-testid="msp-late-payments">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("multisafepay.late.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("multisafepay.late.subtitle")}
          </Text>
        </div>
        <div className="flex gap-x-2">
          {FILTERS.map((id) => (
            <Button
              key={id}
              size="small"
              variant={filter === id ? "primary" : "secondary"}
              onClick={() => {
                setFilter(id)
                setOffset(0)
              }}
            >
              {t(`multisafepay.late.filter_${id}`)}
            </Button>
          ))}
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("multisafepay.late.detected")}</Table.HeaderCell>
            <Table.HeaderCell>{t("multisafepay.order.msp_order")}</Table.HeaderCell>
            <Table.HeaderCell>{t("multisafepay.late.amount")}</Table.HeaderCell>
            <Table.HeaderCell>{t("multisafepay.late.why")}</Table.HeaderCell>
            <Table.HeaderCell>{t("multisafepay.late.order")}</Table.HeaderCell>
            <Table.HeaderCell>{t("multisafepay.order.status")}</Table.HeaderCell>
            <Table.HeaderCell>{t("multisafepay.late.action")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {isLoading && (
            <Table.Row>
              <Table.Cell>{t("multisafepay.loading")}</Table.Cell>
            </Table.Row>
          )}
          {!isLoading && !rows.length && (
            <Table.Row>
              <Table.Cell data-testid="msp-late-payments-empty">{t(filter === "open" ? "multisafepay.late.empty_open" : "multisafepay.late.empty")}</Table.Cell>
            </Table.Row>
          )}
          {rows.map((p) => (
            <Table.Row key={p.id} data-testid="msp-late-payment-row">
              <Table.Cell>{f.dateTime(p.created_at)}</Table.Cell>
              <Table.Cell>
                <span data-testid="msp-late-payment-order-id">{p.msp_order_id}</span>
              </Table.Cell>
              <Table.Cell>
                {f.money(p.amount, p.currency_code)} {p.paid_state === "authorized" ? t("multisafepay.late.authorized") : ""}
              </Table.Cell>
              <Table.Cell>{f.reason(p.reason)}</Table.Cell>
              <Table.Cell>
                {p.order ? (
                  <Link to={`/orders/${p.order.id}`} className="text-ui-fg-interactive" data-testid="msp-late-payment-order-link">
                    {t("multisafepay.late.order_number", { number: p.order.display_id })}
                  </Link>
                ) : (
                  t("multisafepay.late.no_order")
                )}
              </Table.Cell>
              <Table.Cell>
                <StatusBadge color={STATUS_COLOR[p.status]}>{f.lateStatus(p.status)}</StatusBadge>
              </Table.Cell>
              <Table.Cell>
                {p.status === "open" ? (
                  <div className="flex gap-x-2">
                    <Button size="small" variant="danger" isLoading={resolve.isPending} onClick={() => act(p, "refund")}>
                      {p.paid_state === "authorized" ? t("multisafepay.late.release") : t("multisafepay.late.refund")}
                    </Button>
                    <Button size="small" variant="secondary" onClick={() => act(p, "mark_refunded")}>
                      {t("multisafepay.late.refunded_elsewhere")}
                    </Button>
                    <Button size="small" variant="secondary" onClick={() => act(p, "keep")}>
                      {t("multisafepay.late.keep")}
                    </Button>
                  </div>
                ) : (
                  <Text size="small">{p.refund_transaction_id ? t("multisafepay.late.refund_id", { id: p.refund_transaction_id }) : "–"}</Text>
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
  label: "multisafepay.menu",
  translationNs: "translation",
  icon: CreditCard,
})

export default LatePaymentsPage

import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { LegalHold, PlaceHoldForm, useReleaseHold } from "../components/holds-panel"
import { STATUS_COLOR } from "../components/requests-panel"
import { useFormat } from "../lib/format"
import { useList } from "../lib/hooks"
import { useLabels } from "../lib/labels"
import { Actor, customerName, useUsers } from "../lib/people"
import { fetchJson } from "../lib/sdk"

type CustomerPrivacy = {
  customer_id: string
  retention: {
    rule: string
    months: number
    due_at: string
    erase_on: string
    warned_at: string | null
    failed_at: string | null
    state: "scheduled" | "held" | "failed"
  }
  holds: { module: string; reason: string; reference: string | null }[]
  legal_holds: LegalHold[]
  open_requests: { id: string; type: string; status: string; channel: string; received_at: string; due_at: string; execute_after: string | null }[]
  erasure_cooling_off_hours: number
}

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="grid grid-cols-2 items-start px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="flex flex-col gap-y-1">{children}</div>
  </div>
)

/** Customer page: the customer's retention date (or why none), legal holds, open requests; export, erase, hold. */
const CustomerPrivacyWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { t } = useTranslation()
  const f = useFormat()
  const l = useLabels()
  const qc = useQueryClient()
  const prompt = usePrompt()
  const [holding, setHolding] = useState(false)
  const { data } = useList<{ customer_privacy: CustomerPrivacy }>(["customer", customer.id], `/admin/privacy/customers/${customer.id}`)
  const p = data?.customer_privacy
  const users = useUsers((p?.legal_holds ?? []).map((h) => h.created_by))
  const { onRelease, pending } = useReleaseHold()

  const exportData = useMutation({
    mutationFn: () => fetchJson<{ export: unknown }>(`/admin/privacy/customers/${customer.id}/export`),
    onSuccess: (body) => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(body.export, null, 2)], { type: "application/json" }))
      const a = document.createElement("a")
      a.href = url
      a.download = `privacy-export-${customer.id}.json`
      document.body.appendChild(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      toast.success(t("privacy.customer.exported"))
      qc.invalidateQueries({ queryKey: ["privacy"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const erase = useMutation({
    mutationFn: async () => {
      const { data_subject_request } = await fetchJson<{ data_subject_request: { id: string } }>("/admin/privacy/requests", {
        method: "POST",
        body: { type: "erasure", channel: "admin", customer_id: customer.id },
      })
      return fetchJson(`/admin/privacy/requests/${data_subject_request.id}/execute`, { method: "POST", body: {} })
    },
    onSuccess: () => {
      toast.success(t("privacy.customer.erased"))
      qc.invalidateQueries()
    },
    onError: (e: Error) => {
      toast.error(e.message)
      qc.invalidateQueries({ queryKey: ["privacy"] })
    },
  })
  const onErase = async () => {
    const confirmed = await prompt({
      title: t("privacy.customer.erase_title", { name: customerName(customer) }),
      description: t("privacy.customer.erase_description", { hours: p?.erasure_cooling_off_hours ?? 24 }),
      confirmText: t("privacy.customer.erase_confirm"),
      cancelText: t("privacy.actions.back"),
      variant: "danger",
    })
    if (confirmed) erase.mutate()
  }
  const held = (p?.holds.length ?? 0) > 0
  const r = p?.retention

  return (
    <Container className="divide-y p-0" data-testid="customer-privacy-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("privacy.customer.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            <Link to="/privacy" className="text-ui-fg-interactive hover:underline">
              {t("privacy.customer.dashboard_link")}
            </Link>
          </Text>
        </div>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" isLoading={exportData.isPending} onClick={() => exportData.mutate()}>
            {t("privacy.customer.export")}
          </Button>
          <Button size="small" variant="secondary" onClick={() => setHolding(!holding)}>
            {t("privacy.holds.place")}
          </Button>
          <Button size="small" variant="danger" disabled={!p || held} isLoading={erase.isPending} onClick={onErase}>
            {t("privacy.customer.erase")}
          </Button>
        </div>
      </div>
      {holding && (
        <div className="px-6 py-4">
          <PlaceHoldForm customer={customer} onDone={() => setHolding(false)} />
        </div>
      )}
      {r && (
        <Row label={t("privacy.customer.retention")}>
          <Text size="small" data-testid="customer-retention">
            {r.state === "failed"
              ? t("privacy.customer.retention_failed", { date: f.dateTime(r.failed_at) })
              : held
                ? t("privacy.customer.retention_held", { date: f.date(r.due_at) })
                : t("privacy.customer.retention_on", { date: f.date(r.erase_on) })}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("privacy.customer.retention_rule", { rule: l.rule(r.rule), months: r.months })}
            {r.warned_at ? ` · ${t("privacy.customer.warned_on", { date: f.date(r.warned_at) })}` : ""}
          </Text>
        </Row>
      )}
      {p && (
        <Row label={t("privacy.customer.holds")}>
          {!p.holds.length && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("privacy.customer.no_holds")}
            </Text>
          )}
          {p.holds
            .filter((h) => h.module !== "privacy")
            .map((h, i) => (
              <div key={`${h.module}-${i}`} className="flex items-center gap-x-2">
                <Badge size="2xsmall" color="orange">
                  {l.module(h.module)}
                </Badge>
                <Text size="small">{h.reason}</Text>
              </div>
            ))}
          {p.legal_holds.map((h) => (
            <div key={h.id} className="flex items-center justify-between gap-x-2" data-testid="customer-legal-hold">
              <Text size="small">
                <StatusBadge color="orange">{t("privacy.holds.status_active")}</StatusBadge> {h.reason}
                {h.reference ? ` (${h.reference})` : ""} · {f.date(h.created_at)} · <Actor actor={h.created_by} users={users} />
              </Text>
              <Button size="small" variant="secondary" isLoading={pending} onClick={() => onRelease(h)}>
                {t("privacy.holds.release")}
              </Button>
            </div>
          ))}
        </Row>
      )}
      {p && (
        <Row label={t("privacy.customer.requests")}>
          {!p.open_requests.length && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("privacy.customer.no_requests")}
            </Text>
          )}
          {p.open_requests.map((q) => (
            <Text size="small" key={q.id}>
              <StatusBadge color={STATUS_COLOR[q.status] ?? "grey"}>{l.status(q.status)}</StatusBadge> {l.type(q.type)} · {l.channel(q.channel)} ·{" "}
              {t("privacy.customer.request_due", { date: f.date(q.due_at) })}
              {q.execute_after ? ` · ${t("privacy.customer.request_executes", { date: f.dateTime(q.execute_after) })}` : ""}
            </Text>
          ))}
        </Row>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerPrivacyWidget

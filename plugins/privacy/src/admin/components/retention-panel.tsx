import { Badge, Button, DataTablePaginationState, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useFormat } from "../lib/format"
import { useLabels } from "../lib/labels"
import { Actor, CustomerLink, useCustomers, useUsers } from "../lib/people"
import { fetchJson } from "../lib/sdk"
import { Section, Table } from "./section"

type Subject = { customer_id: string; rule: string; due_at: string; held: boolean }
type Preview = { now: string; horizon: string; counts: Record<string, number>; subjects: Subject[]; subjects_count: number }
type Run = {
  id: string
  dry_run: boolean
  status: string
  actor: string
  started_at: string
  finished_at: string | null
  counts: Record<string, number>
  failures: { items: unknown[] }
}

const PAGE = 10
const ERASING = ["erasure_request", "consumer_after_last_order", "consumer_no_orders", "business_inactive"]

/** The 30-day preview (who is erased when, by which rule), run now (with a prompt repeating the preview) or a dry run. */
export const RetentionPanel = () => {
  const { t } = useTranslation()
  const l = useLabels()
  const f = useFormat()
  const qc = useQueryClient()
  const prompt = usePrompt()
  const [paging, setPaging] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE })
  const [result, setResult] = useState<string | null>(null)
  const preview = useQuery({
    queryKey: ["privacy", "preview", paging.pageIndex],
    queryFn: () => fetchJson<{ preview: Preview }>(`/admin/privacy/retention/preview?days=30&limit=${PAGE}&offset=${paging.pageIndex * PAGE}`),
  })
  const run = useMutation({
    mutationFn: (dry_run: boolean) => fetchJson<{ retention_run: Run }>("/admin/privacy/retention-runs", { method: "POST", body: { dry_run } }),
    onSuccess: ({ retention_run }) => {
      const message = t(retention_run.dry_run ? "privacy.retention.dry_run_done" : "privacy.retention.run_done", { counts: l.counts(retention_run.counts) })
      setResult(message)
      toast.success(message)
      qc.invalidateQueries({ queryKey: ["privacy"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const p = preview.data?.preview
  const customers = useCustomers((p?.subjects ?? []).map((s) => s.customer_id))
  const erasedNow = p ? p.subjects.filter((s) => !s.held && new Date(s.due_at) <= new Date(p.now)).length : 0
  const onRunNow = async () => {
    if (!p) return
    const dueTotal = ERASING.reduce((n, k) => n + (p.counts[k] ?? 0), 0)
    const confirmed = await prompt({
      title: t("privacy.retention.run_title"),
      description: t("privacy.retention.run_description", {
        due: dueTotal,
        orders: p.counts.order_fiscal_window ?? 0,
        held: p.counts.held ?? 0,
        counts: l.counts(p.counts),
      }),
      confirmText: t("privacy.retention.run_confirm"),
      cancelText: t("privacy.actions.back"),
      variant: "danger",
    })
    if (confirmed) run.mutate(false)
  }
  return (
    <Section
      title={t("privacy.retention.title")}
      actions={
        <>
          <Button size="small" variant="secondary" isLoading={run.isPending} onClick={() => run.mutate(true)}>
            {t("privacy.retention.dry_run")}
          </Button>
          <Button size="small" variant="danger" isLoading={run.isPending} disabled={!p} onClick={onRunNow}>
            {t("privacy.retention.run_now")}
          </Button>
        </>
      }
    >
      {p ? (
        <div className="flex flex-col gap-4">
          {result && (
            <Text size="small" weight="plus">
              {result}
            </Text>
          )}
          <Text size="small" className="text-ui-fg-subtle" data-testid="retention-summary">
            {t("privacy.retention.summary", { counts: l.counts(p.counts), until: f.date(p.horizon) })}
          </Text>
          {erasedNow > 0 && <Text size="small">{t("privacy.retention.due_now", { count: erasedNow })}</Text>}
          <Table
            rows={p.subjects}
            rowId={(s) => `${s.customer_id}:${s.rule}`}
            isLoading={preview.isLoading}
            paging={{ count: p.subjects_count, state: paging, onChange: setPaging }}
            empty={t("privacy.retention.empty")}
            columns={[
              {
                id: "customer",
                header: t("privacy.fields.customer"),
                cell: (s) => <CustomerLink id={s.customer_id} customer={customers.get(s.customer_id)} />,
              },
              { id: "rule", header: t("privacy.fields.rule"), cell: (s) => l.rule(s.rule) },
              { id: "due", header: t("privacy.retention.erased_on"), cell: (s) => f.date(s.due_at) },
              {
                id: "state",
                header: t("privacy.fields.status"),
                cell: (s) =>
                  s.held ? <Badge color="orange">{t("privacy.retention.state_held")}</Badge> : <Badge color="red">{t("privacy.retention.state_due")}</Badge>,
              },
            ]}
          />
        </div>
      ) : (
        <Text size="small">{t("privacy.retention.loading")}</Text>
      )}
    </Section>
  )
}

/** The last retention runs (real and dry), newest first. */
export const RunsPanel = () => {
  const { t } = useTranslation()
  const l = useLabels()
  const f = useFormat()
  const runs = useQuery({ queryKey: ["privacy", "runs"], queryFn: () => fetchJson<{ retention_runs: Run[] }>("/admin/privacy/retention-runs?limit=10") })
  const rows = runs.data?.retention_runs ?? []
  const users = useUsers(rows.map((r) => r.actor))
  return (
    <Section title={t("privacy.runs.title")}>
      <Table
        rows={rows}
        rowId={(r) => r.id}
        isLoading={runs.isLoading}
        empty={t("privacy.runs.empty")}
        columns={[
          { id: "started", header: t("privacy.runs.started"), cell: (r) => f.dateTime(r.started_at) },
          { id: "kind", header: t("privacy.runs.kind"), cell: (r) => (r.dry_run ? t("privacy.runs.dry") : t("privacy.runs.real")) },
          { id: "status", header: t("privacy.fields.status"), cell: (r) => l.runStatus(r.status) },
          { id: "actor", header: t("privacy.fields.actor"), cell: (r) => <Actor actor={r.actor} users={users} /> },
          { id: "counts", header: t("privacy.fields.counts"), cell: (r) => l.counts(r.counts) },
          { id: "failures", header: t("privacy.runs.failures"), cell: (r) => String(r.failures?.items?.length ?? 0) },
        ]}
      />
    </Section>
  )
}

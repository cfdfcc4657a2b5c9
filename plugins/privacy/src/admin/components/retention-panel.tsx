import { Badge, Button, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { fetchJson } from "../lib/sdk"
import { countsText, date, Section, SimpleTable } from "./section"

type Preview = { now: string; horizon: string; counts: Record<string, number>; subjects: { customer_id: string; rule: string; due_at: string; held: boolean }[] }
type Run = { id: string; dry_run: boolean; status: string; actor: string; started_at: string; finished_at: string | null; counts: Record<string, number>; failures: { items: unknown[] } }

/** 30-day preview, run now / dry run, last runs. */
export const RetentionPanel = () => {
  const qc = useQueryClient()
  const [result, setResult] = useState<string | null>(null)
  const preview = useQuery({ queryKey: ["privacy", "preview"], queryFn: () => fetchJson<{ preview: Preview }>("/admin/privacy/retention/preview?days=30") })
  const runs = useQuery({ queryKey: ["privacy", "runs"], queryFn: () => fetchJson<{ retention_runs: Run[] }>("/admin/privacy/retention-runs") })
  const run = useMutation({
    mutationFn: (dry_run: boolean) => fetchJson<{ retention_run: Run }>("/admin/privacy/retention-runs", { method: "POST", body: { dry_run } }),
    onSuccess: ({ retention_run }) => {
      const message = `${retention_run.dry_run ? "Dry run" : "Run"} finished: ${countsText(retention_run.counts)}`
      setResult(message)
      toast.success(message)
      qc.invalidateQueries({ queryKey: ["privacy"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const p = preview.data?.preview
  return (
    <>
      <Section
        title="Retention: next 30 days"
        actions={
          <>
            <Button size="small" variant="secondary" isLoading={run.isPending} onClick={() => run.mutate(true)}>
              Dry run
            </Button>
            <Button size="small" variant="danger" isLoading={run.isPending} onClick={() => window.confirm("Erase and anonymise now?") && run.mutate(false)}>
              Run now
            </Button>
          </>
        }
      >
        {p ? (
          <div className="flex flex-col gap-4">
            {result && <Text size="small" weight="plus">{result}</Text>}
            <SimpleTable columns={["Rule", "Count"]} rows={Object.entries(p.counts).map(([rule, n]) => [rule, String(n)])} empty="No rules" />
            <SimpleTable
              columns={["Customer", "Rule", "Due", "State"]}
              rows={p.subjects.map((s) => [s.customer_id, s.rule, date(s.due_at), s.held ? <Badge color="orange">held</Badge> : <Badge color="red">due</Badge>])}
              empty="No customer reaches the end of a retention window in the next 30 days."
            />
          </div>
        ) : (
          <Text size="small">Loading preview…</Text>
        )}
      </Section>
      <Section title="Last runs">
        <SimpleTable
          columns={["Started", "Kind", "Status", "Actor", "Counts", "Failures"]}
          rows={(runs.data?.retention_runs ?? []).map((r) => [date(r.started_at), r.dry_run ? "dry run" : "run", r.status, r.actor, countsText(r.counts), String(r.failures?.items?.length ?? 0)])}
          empty="No runs yet."
        />
      </Section>
    </>
  )
}

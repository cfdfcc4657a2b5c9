import { Button, Text, usePrompt } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useList, usePost } from "../lib/hooks"
import { date, Section, SimpleTable } from "./section"

type FailedSubject = {
  customer_id: string
  failed_at: string
  customer_exists: boolean
  run_id: string | null
  rule: string | null
  message: string | null
}

/** Subjects whose erasure failed: reported once, skipped by retention until an admin retries them. */
export const FailedSubjectsPanel = () => {
  const { data } = useList<{ failed_subjects: FailedSubject[]; count: number }>("failed", "/admin/privacy/failed-subjects?limit=100")
  const retry = usePost("Failure cleared: the next retention run erases this customer again")
  const prompt = usePrompt()
  const onRetry = async (s: FailedSubject) => {
    const confirmed = await prompt({
      title: "Retry erasure?",
      description: `The next retention run (daily, or "Run now") tries to erase customer ${s.customer_id} again.`,
      confirmText: "Retry",
      cancelText: "Cancel",
    })
    if (confirmed) retry.mutate({ path: `/admin/privacy/failed-subjects/${s.customer_id}/clear` })
  }
  return (
    <Section title="Failed erasures">
      {!!data?.count && data.count > data.failed_subjects.length && (
        <Text size="small" className="mb-2">
          Showing {data.failed_subjects.length} of {data.count}.
        </Text>
      )}
      <SimpleTable
        columns={["Customer", "Failed", "Rule", "Run", "Error", ""]}
        rows={(data?.failed_subjects ?? []).map((s) => [
          s.customer_exists ? (
            <Link className="text-ui-fg-interactive" to={`/customers/${s.customer_id}`}>
              {s.customer_id}
            </Link>
          ) : `${s.customer_id} (record gone)`,
          date(s.failed_at),
          s.rule ?? "—",
          s.run_id ?? "—",
          <Text size="xsmall" className="max-w-md break-words">{s.message ?? "—"}</Text>,
          <Button size="small" variant="secondary" isLoading={retry.isPending} onClick={() => onRetry(s)}>
            Retry
          </Button>,
        ])}
        empty="No failed erasures."
      />
    </Section>
  )
}

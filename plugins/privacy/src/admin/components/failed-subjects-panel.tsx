import { Button, Text, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useFormat } from "../lib/format"
import { useList, usePost } from "../lib/hooks"
import { useLabels } from "../lib/labels"
import { CustomerLink, useCustomers } from "../lib/people"
import { Section, Table } from "./section"

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
  const { t } = useTranslation()
  const l = useLabels()
  const f = useFormat()
  const { data, isLoading } = useList<{ failed_subjects: FailedSubject[]; count: number }>("failed", "/admin/privacy/failed-subjects?limit=100")
  const rows = data?.failed_subjects ?? []
  const customers = useCustomers(rows.map((s) => s.customer_id))
  const retry = usePost(t("privacy.failed.cleared"))
  const prompt = usePrompt()
  const onRetry = async (s: FailedSubject) => {
    const confirmed = await prompt({
      title: t("privacy.failed.retry_title"),
      description: t("privacy.failed.retry_description"),
      confirmText: t("privacy.failed.retry"),
      cancelText: t("privacy.actions.back"),
    })
    if (confirmed) retry.mutate({ path: `/admin/privacy/failed-subjects/${s.customer_id}/clear` })
  }
  return (
    <Section title={t("privacy.failed.title")}>
      {!!data?.count && data.count > rows.length && (
        <Text size="small" className="mb-2">
          {t("privacy.failed.showing", { shown: rows.length, count: data.count })}
        </Text>
      )}
      <Table
        rows={rows}
        rowId={(s) => s.customer_id}
        isLoading={isLoading}
        empty={t("privacy.failed.empty")}
        columns={[
          {
            id: "customer",
            header: t("privacy.fields.customer"),
            cell: (s) => (s.customer_exists ? <CustomerLink id={s.customer_id} customer={customers.get(s.customer_id)} /> : t("privacy.failed.record_gone")),
          },
          { id: "failed", header: t("privacy.failed.failed_at"), cell: (s) => f.dateTime(s.failed_at) },
          { id: "rule", header: t("privacy.fields.rule"), cell: (s) => l.rule(s.rule) },
          {
            id: "error",
            header: t("privacy.failed.error"),
            cell: (s) => (
              <Text size="xsmall" className="max-w-md break-words">
                {s.message ?? "–"}
              </Text>
            ),
          },
          {
            id: "actions",
            header: "",
            cell: (s) => (
              <Button size="small" variant="secondary" isLoading={retry.isPending} onClick={() => onRetry(s)}>
                {t("privacy.failed.retry")}
              </Button>
            ),
          },
        ]}
      />
    </Section>
  )
}

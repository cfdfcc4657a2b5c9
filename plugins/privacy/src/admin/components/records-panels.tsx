import { Button, DataTablePaginationState, Input, Text } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { useFormat } from "../lib/format"
import { formFields, useList, usePost } from "../lib/hooks"
import { useLabels } from "../lib/labels"
import { Actor, useCustomers, useUsers } from "../lib/people"
import { Field, FormError, Section, Table } from "./section"

type PolicyText = { id: string; kind: string; version: string; locale: string; published_at: string; hash: string }
type AuditLog = { id: string; occurred_at: string; rule: string; actor: string; counts: Record<string, number>; subject_ref: string | null }

const PAGE = 25

export const PolicyTextsPanel = () => {
  const { t } = useTranslation()
  const l = useLabels()
  const f = useFormat()
  const { data, isLoading } = useList<{ policy_texts: PolicyText[] }>("texts", "/admin/privacy/policy-texts")
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const publish = usePost(t("privacy.texts.published"), () => setOpen(false))
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const v = formFields(e)
    const problem = !v.version ? t("privacy.texts.version_required") : !v.body ? t("privacy.texts.body_required") : null
    setError(problem)
    if (!problem) publish.mutate({ path: "/admin/privacy/policy-texts", body: { kind: "cookies", ...v } }, { onError: (err: Error) => setError(err.message) })
  }
  return (
    <Section
      title={t("privacy.texts.title")}
      actions={
        <Button size="small" variant="secondary" onClick={() => setOpen(!open)}>
          {t("privacy.texts.publish_version")}
        </Button>
      }
    >
      {open && (
        <form className="mb-4 flex flex-col gap-y-2" onSubmit={submit} noValidate aria-label={t("privacy.texts.form")}>
          <div className="grid grid-cols-3 gap-2">
            <Field id="text-version" label={t("privacy.texts.version")}>
              <Input id="text-version" name="version" />
            </Field>
            <Field id="text-locale" label={t("privacy.texts.locale")}>
              <Input id="text-locale" name="locale" defaultValue="nl" />
            </Field>
            <Field id="text-body" label={t("privacy.texts.body")}>
              <Input id="text-body" name="body" />
            </Field>
          </div>
          <FormError message={error} />
          <div>
            <Button size="small" type="submit" isLoading={publish.isPending}>
              {t("privacy.texts.publish")}
            </Button>
          </div>
        </form>
      )}
      <Table
        rows={data?.policy_texts ?? []}
        rowId={(x) => x.id}
        isLoading={isLoading}
        empty={t("privacy.texts.empty")}
        columns={[
          { id: "kind", header: t("privacy.texts.kind"), cell: (x) => l.kind(x.kind) },
          { id: "version", header: t("privacy.texts.version"), cell: (x) => x.version },
          { id: "locale", header: t("privacy.texts.locale"), cell: (x) => x.locale.toUpperCase() },
          { id: "published", header: t("privacy.texts.published_at"), cell: (x) => f.dateTime(x.published_at) },
          { id: "hash", header: t("privacy.texts.hash"), cell: (x) => <Text size="xsmall">{x.hash.slice(0, 12)}</Text> },
        ]}
      />
    </Section>
  )
}

export const AuditPanel = () => {
  const { t } = useTranslation()
  const l = useLabels()
  const f = useFormat()
  const [paging, setPaging] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE })
  const { data, isLoading } = useList<{ audit_logs: AuditLog[]; count: number }>(
    ["audit", paging.pageIndex],
    `/admin/privacy/audit-logs?limit=${PAGE}&offset=${paging.pageIndex * PAGE}`
  )
  const rows = data?.audit_logs ?? []
  const users = useUsers(rows.map((r) => r.actor))
  const customers = useCustomers(rows.map((r) => (r.actor.startsWith("customer:") ? r.actor.slice(9) : null)))
  return (
    <Section title={t("privacy.audit.title")}>
      <Table
        rows={rows}
        rowId={(r) => r.id}
        isLoading={isLoading}
        paging={{ count: data?.count ?? 0, state: paging, onChange: setPaging }}
        empty={t("privacy.audit.empty")}
        columns={[
          { id: "time", header: t("privacy.audit.time"), cell: (r) => f.dateTime(r.occurred_at) },
          { id: "rule", header: t("privacy.audit.event"), cell: (r) => l.rule(r.rule) },
          { id: "actor", header: t("privacy.fields.actor"), cell: (r) => <Actor actor={r.actor} users={users} customers={customers} /> },
          { id: "counts", header: t("privacy.fields.counts"), cell: (r) => l.counts(r.counts) },
        ]}
      />
    </Section>
  )
}

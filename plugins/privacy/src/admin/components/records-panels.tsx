import { Button, Input, Text } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { formFields, useList, usePost } from "../lib/hooks"
import { countsText, date, Field, FormError, Section, SimpleTable } from "./section"

type PolicyText = { id: string; kind: string; version: string; locale: string; published_at: string; hash: string }
type AuditLog = { id: string; occurred_at: string; rule: string; actor: string; counts: Record<string, number> }

export const PolicyTextsPanel = () => {
  const { data } = useList<{ policy_texts: PolicyText[] }>("texts", "/admin/privacy/policy-texts")
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const publish = usePost("Policy text published", () => setOpen(false))
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const f = formFields(e)
    const problem = !f.version ? "Version is required" : !f.body ? "Text is required" : null
    setError(problem)
    if (!problem) publish.mutate({ path: "/admin/privacy/policy-texts", body: { kind: "cookies", ...f } }, { onError: (err: Error) => setError(err.message) })
  }
  return (
    <Section title="Policy texts" actions={<Button size="small" variant="secondary" onClick={() => setOpen(!open)}>Publish version</Button>}>
      {open && (
        <form className="mb-4 flex flex-col gap-y-2" onSubmit={submit} noValidate aria-label="Publish cookie text">
          <div className="grid grid-cols-3 gap-2">
            <Field id="text-version" label="Version">
              <Input id="text-version" name="version" />
            </Field>
            <Field id="text-locale" label="Locale">
              <Input id="text-locale" name="locale" defaultValue="nl" />
            </Field>
            <Field id="text-body" label="Text">
              <Input id="text-body" name="body" />
            </Field>
          </div>
          <FormError message={error} />
          <div>
            <Button size="small" type="submit" isLoading={publish.isPending}>Publish</Button>
          </div>
        </form>
      )}
      <SimpleTable
        columns={["Kind", "Version", "Locale", "Published", "Hash"]}
        rows={(data?.policy_texts ?? []).map((t) => [t.kind, t.version, t.locale, date(t.published_at), <Text size="xsmall">{t.hash.slice(0, 12)}</Text>])}
        empty="No policy text published: the consent API refuses choices until one is."
      />
    </Section>
  )
}

export const AuditPanel = () => {
  const { data } = useList<{ audit_logs: AuditLog[] }>("audit", "/admin/privacy/audit-logs?limit=50")
  return (
    <Section title="Audit log">
      <SimpleTable
        columns={["Time", "Rule", "Actor", "Counts"]}
        rows={(data?.audit_logs ?? []).map((l) => [date(l.occurred_at), l.rule, l.actor, countsText(l.counts)])}
        empty="Nothing logged yet."
      />
    </Section>
  )
}

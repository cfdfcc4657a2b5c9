import { Badge, Button, Input, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { fetchJson } from "../lib/sdk"
import { countsText, date, Section, SimpleTable } from "./section"

const useList = <T,>(key: string, path: string) => useQuery({ queryKey: ["privacy", key], queryFn: () => fetchJson<T>(path) })

const useCreate = (path: string, label: string) => {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: unknown) => fetchJson(path, { method: "POST", body }),
    onSuccess: () => {
      toast.success(`${label} saved`)
      qc.invalidateQueries({ queryKey: ["privacy"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
}

const fields = (e: FormEvent<HTMLFormElement>) => Object.fromEntries(new FormData(e.currentTarget).entries()) as Record<string, string>

export const RequestsPanel = () => {
  const { data } = useList<{ data_subject_requests: any[]; now: string }>("requests", "/admin/privacy/requests")
  const now = data ? new Date(data.now) : new Date()
  return (
    <Section title="Data-subject requests">
      <SimpleTable
        columns={["Request", "Type", "Channel", "Status", "Received", "Deadline", "Handled by"]}
        rows={(data?.data_subject_requests ?? []).map((r) => [
          r.id,
          r.type,
          r.channel,
          r.status,
          date(r.received_at),
          <Badge color={!["completed", "cancelled", "rejected"].includes(r.status) && new Date(r.due_at) < now ? "red" : "grey"}>{date(r.due_at)}</Badge>,
          r.handled_by ?? "—",
        ])}
        empty="No requests."
      />
    </Section>
  )
}

export const HoldsPanel = () => {
  const { data } = useList<{ legal_holds: any[] }>("holds", "/admin/privacy/legal-holds")
  const create = useCreate("/admin/privacy/legal-holds", "Legal hold")
  const [open, setOpen] = useState(false)
  return (
    <Section title="Legal holds" actions={<Button size="small" variant="secondary" onClick={() => setOpen(!open)}>Add hold</Button>}>
      {open && (
        <form className="mb-4 flex gap-2" onSubmit={(e) => { e.preventDefault(); create.mutate(fields(e)) }}>
          <Input name="customer_id" placeholder="Customer id (cus_…)" required />
          <Input name="reason" placeholder="Reason" required />
          <Button size="small" type="submit">Save</Button>
        </form>
      )}
      <SimpleTable
        columns={["Customer", "Reason", "Set by", "Set", "Released"]}
        rows={(data?.legal_holds ?? []).map((h) => [h.customer_id, h.reason, h.created_by, date(h.created_at), date(h.released_at)])}
        empty="No legal holds."
      />
    </Section>
  )
}

export const ProcessorsPanel = () => {
  const { data } = useList<{ processors: any[] }>("processors", "/admin/privacy/processors")
  const create = useCreate("/admin/privacy/processors", "Processor")
  const [open, setOpen] = useState(false)
  return (
    <Section title="Processor register" actions={<Button size="small" variant="secondary" onClick={() => setOpen(!open)}>Add processor</Button>}>
      {open && (
        <form
          className="mb-4 flex gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            const f = fields(e)
            create.mutate({ ...f, data_categories: f.data_categories.split(",").map((s) => s.trim()).filter(Boolean) })
          }}
        >
          <Input name="name" placeholder="Name" required />
          <Input name="purpose" placeholder="Purpose" required />
          <Input name="data_categories" placeholder="Data categories (comma separated)" required />
          <Input name="location" placeholder="Location" required />
          <Button size="small" type="submit">Save</Button>
        </form>
      )}
      <SimpleTable
        columns={["Name", "Purpose", "Data", "Location"]}
        rows={(data?.processors ?? []).map((p) => [p.name, p.purpose, (p.data_categories ?? []).join(", "), p.location])}
        empty="No processors registered."
      />
    </Section>
  )
}

export const PolicyTextsPanel = () => {
  const { data } = useList<{ policy_texts: any[] }>("texts", "/admin/privacy/policy-texts")
  const create = useCreate("/admin/privacy/policy-texts", "Policy text")
  const [open, setOpen] = useState(false)
  return (
    <Section title="Policy texts" actions={<Button size="small" variant="secondary" onClick={() => setOpen(!open)}>Publish version</Button>}>
      {open && (
        <form className="mb-4 flex gap-2" onSubmit={(e) => { e.preventDefault(); create.mutate({ kind: "cookies", ...fields(e) }) }}>
          <Input name="version" placeholder="Version" required />
          <Input name="locale" placeholder="Locale" defaultValue="nl" required />
          <Input name="body" placeholder="Text" required />
          <Button size="small" type="submit">Publish</Button>
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
  const { data } = useList<{ audit_logs: any[] }>("audit", "/admin/privacy/audit-logs?limit=50")
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

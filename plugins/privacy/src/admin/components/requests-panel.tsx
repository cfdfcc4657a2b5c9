import { Badge, Button, DataTablePaginationState, Input, Select, StatusBadge, usePrompt } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { useFormat } from "../lib/format"
import { formFields, useList, usePost } from "../lib/hooks"
import { useLabels } from "../lib/labels"
import { Actor, CustomerLink, CustomerRef, useCustomers, useUsers } from "../lib/people"
import { CustomerPicker } from "./customer-picker"
import { Field, FormError, Section, Table } from "./section"

export type Request = {
  id: string
  type: "access" | "erasure" | "rectification" | "objection"
  channel: string
  status: string
  customer_id: string | null
  subject_email: string | null
  received_at: string
  due_at: string
  execute_after?: string | null
  handled_by: string | null
}

const TYPES = ["access", "erasure", "rectification", "objection"] as const
const CHANNELS = ["email", "phone", "letter", "admin"] as const
const CLOSED = ["completed", "rejected", "cancelled"]
const PAGE = 20
export const STATUS_COLOR: Record<string, "green" | "red" | "blue" | "orange" | "grey"> = {
  received: "blue",
  cooling_off: "orange",
  in_progress: "orange",
  completed: "green",
  rejected: "red",
  cancelled: "grey",
}

/**
 * Statuses an admin may set (the current one is listed to show it): an erasure request is completed only by
 * executing it, and one cooling off can only be stopped (retention executes it when the window ends).
 */
const nextStatuses = (r: Request) => {
  if (r.type !== "erasure") return ["received", "in_progress", "completed", "rejected"]
  if (r.status === "cooling_off") return ["cooling_off", "rejected", "cancelled"]
  return ["received", "in_progress", "rejected", "cancelled"]
}

const Choice = ({
  id,
  label,
  value,
  onChange,
  options,
  text,
}: {
  id: string
  label: string
  value: string
  onChange: (v: string) => void
  options: readonly string[]
  text: (v: string) => string
}) => (
  <Select size="small" value={value} onValueChange={onChange}>
    <Select.Trigger id={id} aria-label={label}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      {options.map((o) => (
        <Select.Item key={o} value={o}>
          {text(o)}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

/** A request received by e-mail, phone or letter: the legal deadline runs from now. */
const RecordRequestForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation()
  const l = useLabels()
  const [type, setType] = useState<string>("access")
  const [channel, setChannel] = useState<string>("email")
  const [customer, setCustomer] = useState<CustomerRef | null>(null)
  const [error, setError] = useState<string | null>(null)
  const record = usePost(t("privacy.requests.recorded"), onDone)
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const f = formFields(e)
    const problem = customer || f.subject_email ? null : t("privacy.requests.need_subject")
    setError(problem)
    if (problem) return
    const body = {
      type,
      channel,
      ...(customer ? { customer_id: customer.id } : { subject_email: f.subject_email }),
      ...(f.note ? { note: f.note } : {}),
    }
    record.mutate({ path: "/admin/privacy/requests", body }, { onError: (err: Error) => setError(err.message) })
  }
  return (
    <form className="mb-4 flex flex-col gap-y-2" onSubmit={submit} noValidate aria-label={t("privacy.requests.record")}>
      <div className="grid grid-cols-5 gap-2">
        <Field id="request-type" label={t("privacy.fields.type")}>
          <Choice id="request-type" label={t("privacy.fields.type")} value={type} onChange={setType} options={TYPES} text={l.type} />
        </Field>
        <Field id="request-channel" label={t("privacy.fields.channel")}>
          <Choice id="request-channel" label={t("privacy.fields.channel")} value={channel} onChange={setChannel} options={CHANNELS} text={l.channel} />
        </Field>
        <Field id="request-customer" label={t("privacy.fields.customer")}>
          <CustomerPicker id="request-customer" value={customer} onChange={setCustomer} />
        </Field>
        <Field id="request-email" label={t("privacy.requests.or_email")}>
          <Input id="request-email" name="subject_email" type="email" disabled={!!customer} />
        </Field>
        <Field id="request-note" label={t("privacy.fields.note")}>
          <Input id="request-note" name="note" />
        </Field>
      </div>
      <FormError message={error} />
      <div>
        <Button size="small" type="submit" isLoading={record.isPending}>
          {t("privacy.requests.save")}
        </Button>
      </div>
    </form>
  )
}

/** The queue of data-subject requests, oldest deadline first, with status changes. */
export const RequestsPanel = () => {
  const { t } = useTranslation()
  const l = useLabels()
  const f = useFormat()
  const [paging, setPaging] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE })
  const { data, isLoading } = useList<{ data_subject_requests: Request[]; count: number; now: string }>(
    ["requests", paging.pageIndex],
    `/admin/privacy/requests?limit=${PAGE}&offset=${paging.pageIndex * PAGE}`
  )
  const rows = data?.data_subject_requests ?? []
  const customers = useCustomers(rows.map((r) => r.customer_id))
  const users = useUsers(rows.map((r) => r.handled_by))
  const [open, setOpen] = useState(false)
  const update = usePost(t("privacy.requests.updated"))
  const prompt = usePrompt()
  const now = data ? new Date(data.now) : new Date()

  const setStatus = async (r: Request, status: string) => {
    if (status === r.status) return
    if (CLOSED.includes(status)) {
      const confirmed = await prompt({
        title: t("privacy.requests.close_title", { type: l.type(r.type), status: l.status(status) }),
        description: t("privacy.requests.close_description"),
        confirmText: t("privacy.requests.close_confirm", { status: l.status(status) }),
        cancelText: t("privacy.actions.back"),
      })
      if (!confirmed) return
    }
    update.mutate({ path: `/admin/privacy/requests/${r.id}`, body: { status } })
  }

  return (
    <Section
      title={t("privacy.requests.title")}
      actions={
        <Button size="small" variant="secondary" onClick={() => setOpen(!open)}>
          {t("privacy.requests.record")}
        </Button>
      }
    >
      {open && <RecordRequestForm onDone={() => setOpen(false)} />}
      <Table
        rows={rows}
        rowId={(r) => r.id}
        isLoading={isLoading}
        paging={{ count: data?.count ?? 0, state: paging, onChange: setPaging }}
        empty={t("privacy.requests.empty")}
        columns={[
          { id: "type", header: t("privacy.fields.type"), cell: (r) => <span data-request-id={r.id}>{l.type(r.type)}</span> },
          { id: "channel", header: t("privacy.fields.channel"), cell: (r) => l.channel(r.channel) },
          {
            id: "subject",
            header: t("privacy.fields.subject"),
            cell: (r) => (r.customer_id ? <CustomerLink id={r.customer_id} customer={customers.get(r.customer_id)} /> : (r.subject_email ?? "–")),
          },
          { id: "received", header: t("privacy.fields.received"), cell: (r) => f.dateTime(r.received_at) },
          {
            id: "due",
            header: t("privacy.fields.deadline"),
            cell: (r) => <Badge color={!CLOSED.includes(r.status) && new Date(r.due_at) < now ? "red" : "grey"}>{f.date(r.due_at)}</Badge>,
          },
          {
            id: "status",
            header: t("privacy.fields.status"),
            cell: (r) =>
              CLOSED.includes(r.status) ? (
                <StatusBadge color={STATUS_COLOR[r.status] ?? "grey"}>{l.status(r.status)}</StatusBadge>
              ) : (
                <div id={`status-${r.id}`}>
                  <Choice
                    id={`status-select-${r.id}`}
                    label={t("privacy.fields.status")}
                    value={r.status}
                    onChange={(s) => setStatus(r, s)}
                    options={nextStatuses(r)}
                    text={l.status}
                  />
                </div>
              ),
          },
          { id: "handled", header: t("privacy.fields.handled_by"), cell: (r) => <Actor actor={r.handled_by} users={users} /> },
        ]}
      />
    </Section>
  )
}

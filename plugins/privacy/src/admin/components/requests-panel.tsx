import { Badge, Button, Input, Select, StatusBadge, usePrompt } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { formFields, useList, usePost } from "../lib/hooks"
import { date, Field, FormError, Section, SimpleTable } from "./section"

type Request = {
  id: string
  type: "access" | "erasure" | "rectification" | "objection"
  channel: string
  status: string
  customer_id: string | null
  subject_email: string | null
  received_at: string
  due_at: string
  handled_by: string | null
}

const TYPES = ["access", "erasure", "rectification", "objection"] as const
const CHANNELS = ["email", "phone", "letter", "admin"] as const
const CLOSED = ["completed", "rejected", "cancelled"]
const STATUS_COLOR: Record<string, "green" | "red" | "blue" | "orange" | "grey"> = {
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

const Choice = ({ id, value, onChange, options }: { id: string; value: string; onChange: (v: string) => void; options: readonly string[] }) => (
  <Select size="small" value={value} onValueChange={onChange}>
    <Select.Trigger id={id} aria-label={id}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      {options.map((o) => (
        <Select.Item key={o} value={o}>
          {o}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

/** A request received by e-mail, phone or letter: the legal deadline runs from now. */
const RecordRequestForm = ({ onDone }: { onDone: () => void }) => {
  const [type, setType] = useState<string>("access")
  const [channel, setChannel] = useState<string>("email")
  const [error, setError] = useState<string | null>(null)
  const record = usePost("Request recorded", onDone)
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const f = formFields(e)
    const problem = f.customer_id || f.subject_email ? null : "Give the customer id or the e-mail address of the person"
    setError(problem)
    if (problem) return
    const body = {
      type,
      channel,
      ...(f.customer_id ? { customer_id: f.customer_id } : {}),
      ...(f.subject_email ? { subject_email: f.subject_email } : {}),
      ...(f.note ? { note: f.note } : {}),
    }
    record.mutate({ path: "/admin/privacy/requests", body }, { onError: (err: Error) => setError(err.message) })
  }
  return (
    <form className="mb-4 flex flex-col gap-y-2" onSubmit={submit} noValidate aria-label="Record request">
      <div className="grid grid-cols-5 gap-2">
        <Field id="request-type" label="Type">
          <Choice id="request-type" value={type} onChange={setType} options={TYPES} />
        </Field>
        <Field id="request-channel" label="Channel">
          <Choice id="request-channel" value={channel} onChange={setChannel} options={CHANNELS} />
        </Field>
        <Field id="request-customer" label="Customer id">
          <Input id="request-customer" name="customer_id" placeholder="cus_…" />
        </Field>
        <Field id="request-email" label="or e-mail">
          <Input id="request-email" name="subject_email" type="email" />
        </Field>
        <Field id="request-note" label="Note">
          <Input id="request-note" name="note" />
        </Field>
      </div>
      <FormError message={error} />
      <div>
        <Button size="small" type="submit" isLoading={record.isPending}>
          Save request
        </Button>
      </div>
    </form>
  )
}

/** The queue of data-subject requests, oldest deadline first, with status changes. */
export const RequestsPanel = () => {
  const { data } = useList<{ data_subject_requests: Request[]; now: string }>("requests", "/admin/privacy/requests")
  const [open, setOpen] = useState(false)
  const update = usePost("Request updated")
  const prompt = usePrompt()
  const now = data ? new Date(data.now) : new Date()

  const setStatus = async (r: Request, status: string) => {
    if (status === r.status) return
    if (CLOSED.includes(status)) {
      const confirmed = await prompt({
        title: `Mark ${r.type} request ${status}?`,
        description: "A closed request cannot be reopened; the e-mail address recorded with it is cleared.",
        confirmText: `Mark ${status}`,
        cancelText: "Cancel",
      })
      if (!confirmed) return
    }
    update.mutate({ path: `/admin/privacy/requests/${r.id}`, body: { status } })
  }

  return (
    <Section
      title="Data-subject requests"
      actions={
        <Button size="small" variant="secondary" onClick={() => setOpen(!open)}>
          Record request
        </Button>
      }
    >
      {open && <RecordRequestForm onDone={() => setOpen(false)} />}
      <SimpleTable
        columns={["Request", "Type", "Channel", "Subject", "Received", "Deadline", "Status", "Handled by"]}
        rows={(data?.data_subject_requests ?? []).map((r) => {
          const closed = CLOSED.includes(r.status)
          return [
            r.id,
            r.type,
            r.channel,
            r.customer_id ?? r.subject_email ?? "—",
            date(r.received_at),
            <Badge color={!closed && new Date(r.due_at) < now ? "red" : "grey"}>{date(r.due_at)}</Badge>,
            closed ? (
              <StatusBadge color={STATUS_COLOR[r.status] ?? "grey"}>{r.status}</StatusBadge>
            ) : (
              <Choice id={`status-${r.id}`} value={r.status} onChange={(s) => setStatus(r, s)} options={nextStatuses(r)} />
            ),
            r.handled_by ?? "—",
          ]
        })}
        empty="No requests."
      />
    </Section>
  )
}

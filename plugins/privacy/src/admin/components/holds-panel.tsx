import { Button, Input, StatusBadge, usePrompt } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { formFields, useList, usePost } from "../lib/hooks"
import { date, Field, FormError, Section, SimpleTable } from "./section"

type LegalHold = {
  id: string
  customer_id: string
  reason: string
  reference: string | null
  created_by: string
  created_at: string
  released_at: string | null
  released_by: string | null
}

const CUSTOMER_ID = /^cus_[A-Za-z0-9]+$/

/** The same rules as the API, checked before sending so the admin sees them at once. */
export function holdProblem(f: Record<string, string>): string | null {
  if (!CUSTOMER_ID.test(f.customer_id ?? "")) return "Customer id must be a customer id (cus_…)"
  if ((f.reason ?? "").length < 3) return "Reason must be at least 3 characters"
  if ((f.reason ?? "").length > 500) return "Reason must be at most 500 characters"
  return null
}

/** Manual legal holds: place one on a customer (skipped by retention until released), release it. */
export const HoldsPanel = () => {
  const { data } = useList<{ legal_holds: LegalHold[] }>("holds", "/admin/privacy/legal-holds")
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const place = usePost("Legal hold placed", () => setOpen(false))
  const release = usePost("Legal hold released")
  const prompt = usePrompt()

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const f = formFields(e)
    const problem = holdProblem(f)
    setError(problem)
    if (problem) return
    const body = { customer_id: f.customer_id, reason: f.reason, ...(f.reference ? { reference: f.reference } : {}) }
    place.mutate({ path: "/admin/privacy/legal-holds", body }, { onError: (err: Error) => setError(err.message) })
  }

  const onRelease = async (h: LegalHold) => {
    const confirmed = await prompt({
      title: "Release legal hold?",
      description: `Retention may erase customer ${h.customer_id} once no other hold applies.`,
      confirmText: "Release",
      cancelText: "Cancel",
    })
    if (confirmed) release.mutate({ path: `/admin/privacy/legal-holds/${h.id}/release` })
  }

  return (
    <Section
      title="Legal holds"
      actions={
        <Button size="small" variant="secondary" onClick={() => { setOpen(!open); setError(null) }}>
          Place hold
        </Button>
      }
    >
      {open && (
        <form className="mb-4 flex flex-col gap-y-2" onSubmit={submit} noValidate aria-label="Place legal hold">
          <div className="grid grid-cols-3 gap-2">
            <Field id="hold-customer" label="Customer id">
              <Input id="hold-customer" name="customer_id" placeholder="cus_…" />
            </Field>
            <Field id="hold-reason" label="Reason">
              <Input id="hold-reason" name="reason" placeholder="e.g. open payment dispute" />
            </Field>
            <Field id="hold-reference" label="Reference (optional)">
              <Input id="hold-reference" name="reference" placeholder="case or dispute number" />
            </Field>
          </div>
          <FormError message={error} />
          <div>
            <Button size="small" type="submit" isLoading={place.isPending}>
              Save hold
            </Button>
          </div>
        </form>
      )}
      <SimpleTable
        columns={["Customer", "Reason", "Reference", "Status", "Set by", "Set", "Released", ""]}
        rows={(data?.legal_holds ?? []).map((h) => [
          h.customer_id,
          h.reason,
          h.reference || "—",
          h.released_at ? <StatusBadge color="grey">Released</StatusBadge> : <StatusBadge color="orange">Active</StatusBadge>,
          h.created_by,
          date(h.created_at),
          h.released_at ? `${date(h.released_at)} (${h.released_by})` : "—",
          h.released_at ? null : (
            <Button size="small" variant="secondary" isLoading={release.isPending} onClick={() => onRelease(h)}>
              Release
            </Button>
          ),
        ])}
        empty="No legal holds."
      />
    </Section>
  )
}

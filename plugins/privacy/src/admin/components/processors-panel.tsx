import { Button, Input, StatusBadge, Switch, Label } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { formFields, useList, usePost } from "../lib/hooks"
import { Field, FormError, Section, SimpleTable } from "./section"

type Processor = { id: string; name: string; purpose: string; data_categories: string[]; location: string; active: boolean }

/** Create or edit one processor; `processor` absent = a new one. */
const ProcessorForm = ({ processor, onDone }: { processor?: Processor; onDone: () => void }) => {
  const [active, setActive] = useState(processor?.active ?? true)
  const [error, setError] = useState<string | null>(null)
  const save = usePost(processor ? "Processor updated" : "Processor added", onDone)
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const f = formFields(e)
    const data_categories = f.data_categories.split(",").map((s) => s.trim()).filter(Boolean)
    const missing = (["name", "purpose", "location"] as const).find((k) => !f[k])
    const problem = missing ? `${missing[0].toUpperCase()}${missing.slice(1)} is required` : data_categories.length ? null : "Name at least one data category"
    setError(problem)
    if (problem) return
    const body = { name: f.name, purpose: f.purpose, location: f.location, data_categories, active }
    save.mutate(
      { path: processor ? `/admin/privacy/processors/${processor.id}` : "/admin/privacy/processors", body },
      { onError: (err: Error) => setError(err.message) }
    )
  }
  const id = (k: string) => `processor-${processor?.id ?? "new"}-${k}`
  return (
    <form className="mb-4 flex flex-col gap-y-2" onSubmit={submit} noValidate aria-label={processor ? `Edit ${processor.name}` : "Add processor"}>
      <div className="grid grid-cols-4 gap-2">
        <Field id={id("name")} label="Name">
          <Input id={id("name")} name="name" defaultValue={processor?.name} />
        </Field>
        <Field id={id("purpose")} label="Purpose">
          <Input id={id("purpose")} name="purpose" defaultValue={processor?.purpose} />
        </Field>
        <Field id={id("data")} label="Data categories (comma separated)">
          <Input id={id("data")} name="data_categories" defaultValue={processor?.data_categories.join(", ")} />
        </Field>
        <Field id={id("location")} label="Location">
          <Input id={id("location")} name="location" defaultValue={processor?.location} />
        </Field>
      </div>
      <div className="flex items-center gap-x-2">
        <Switch id={id("active")} checked={active} onCheckedChange={setActive} />
        <Label htmlFor={id("active")} size="small">
          Active (listed in exports as a current recipient)
        </Label>
      </div>
      <FormError message={error} />
      <div className="flex gap-x-2">
        <Button size="small" type="submit" isLoading={save.isPending}>
          Save processor
        </Button>
        <Button size="small" variant="secondary" type="button" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  )
}

/** The processor register (GDPR art. 30): who receives personal data, why, what and where. */
export const ProcessorsPanel = () => {
  const { data } = useList<{ processors: Processor[] }>("processors", "/admin/privacy/processors")
  const [editing, setEditing] = useState<Processor | "new" | null>(null)
  return (
    <Section
      title="Processor register"
      actions={
        <Button size="small" variant="secondary" onClick={() => setEditing(editing === "new" ? null : "new")}>
          Add processor
        </Button>
      }
    >
      {editing && (
        <ProcessorForm key={editing === "new" ? "new" : editing.id} processor={editing === "new" ? undefined : editing} onDone={() => setEditing(null)} />
      )}
      <SimpleTable
        columns={["Name", "Purpose", "Data", "Location", "Status", ""]}
        rows={(data?.processors ?? []).map((p) => [
          p.name,
          p.purpose,
          (p.data_categories ?? []).join(", "),
          p.location,
          p.active ? <StatusBadge color="green">Active</StatusBadge> : <StatusBadge color="grey">Inactive</StatusBadge>,
          <Button size="small" variant="secondary" aria-label={`Edit ${p.name}`} onClick={() => setEditing(p)}>
            Edit
          </Button>,
        ])}
        empty="No processors registered."
      />
    </Section>
  )
}

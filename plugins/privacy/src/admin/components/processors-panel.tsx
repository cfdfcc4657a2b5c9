import { Button, Input, StatusBadge, Switch, Label } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { formFields, useList, usePost } from "../lib/hooks"
import { useTranslation } from "react-i18next"
import { Field, FormError, Section, Table } from "./section"

type Processor = { id: string; name: string; purpose: string; data_categories: string[]; location: string; active: boolean }

/** Create or edit one processor; `processor` absent = a new one. */
const ProcessorForm = ({ processor, onDone }: { processor?: Processor; onDone: () => void }) => {
  const { t } = useTranslation()
  const [active, setActive] = useState(processor?.active ?? true)
  const [error, setError] = useState<string | null>(null)
  const save = usePost(t(processor ? "privacy.processors.updated" : "privacy.processors.added"), onDone)
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const f = formFields(e)
    const data_categories = f.data_categories
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
    const missing = (["name", "purpose", "location"] as const).find((k) => !f[k])
    const problem = missing
      ? t("privacy.processors.required", { field: t(`privacy.processors.${missing}`) })
      : data_categories.length
        ? null
        : t("privacy.processors.need_category")
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
    <form
      className="mb-4 flex flex-col gap-y-2"
      onSubmit={submit}
      noValidate
      aria-label={processor ? t("privacy.processors.edit_named", { name: processor.name }) : t("privacy.processors.add")}
    >
      <div className="grid grid-cols-4 gap-2">
        <Field id={id("name")} label={t("privacy.processors.name")}>
          <Input id={id("name")} name="name" defaultValue={processor?.name} />
        </Field>
        <Field id={id("purpose")} label={t("privacy.processors.purpose")}>
          <Input id={id("purpose")} name="purpose" defaultValue={processor?.purpose} />
        </Field>
        <Field id={id("data")} label={t("privacy.processors.data_categories")}>
          <Input id={id("data")} name="data_categories" defaultValue={processor?.data_categories.join(", ")} />
        </Field>
        <Field id={id("location")} label={t("privacy.processors.location")}>
          <Input id={id("location")} name="location" defaultValue={processor?.location} />
        </Field>
      </div>
      <div className="flex items-center gap-x-2">
        <Switch id={id("active")} checked={active} onCheckedChange={setActive} />
        <Label htmlFor={id("active")} size="small">
          {t("privacy.processors.active_hint")}
        </Label>
      </div>
      <FormError message={error} />
      <div className="flex gap-x-2">
        <Button size="small" type="submit" isLoading={save.isPending}>
          {t("privacy.processors.save")}
        </Button>
        <Button size="small" variant="secondary" type="button" onClick={onDone}>
          {t("privacy.actions.close")}
        </Button>
      </div>
    </form>
  )
}

/** The processor register (GDPR art. 30): who receives personal data, why, what and where. */
export const ProcessorsPanel = () => {
  const { t } = useTranslation()
  const { data, isLoading } = useList<{ processors: Processor[] }>("processors", "/admin/privacy/processors")
  const [editing, setEditing] = useState<Processor | "new" | null>(null)
  return (
    <Section
      title={t("privacy.processors.title")}
      actions={
        <Button size="small" variant="secondary" onClick={() => setEditing(editing === "new" ? null : "new")}>
          {t("privacy.processors.add")}
        </Button>
      }
    >
      {editing && (
        <ProcessorForm key={editing === "new" ? "new" : editing.id} processor={editing === "new" ? undefined : editing} onDone={() => setEditing(null)} />
      )}
      <Table
        rows={data?.processors ?? []}
        rowId={(p) => p.id}
        isLoading={isLoading}
        empty={t("privacy.processors.empty")}
        columns={[
          { id: "name", header: t("privacy.processors.name"), cell: (p) => p.name },
          { id: "purpose", header: t("privacy.processors.purpose"), cell: (p) => p.purpose },
          { id: "data", header: t("privacy.processors.data"), cell: (p) => (p.data_categories ?? []).join(", ") },
          { id: "location", header: t("privacy.processors.location"), cell: (p) => p.location },
          {
            id: "status",
            header: t("privacy.fields.status"),
            cell: (p) =>
              p.active ? (
                <StatusBadge color="green">{t("privacy.processors.active")}</StatusBadge>
              ) : (
                <StatusBadge color="grey">{t("privacy.processors.inactive")}</StatusBadge>
              ),
          },
          {
            id: "edit",
            header: "",
            cell: (p) => (
              <Button size="small" variant="secondary" aria-label={t("privacy.processors.edit_named", { name: p.name })} onClick={() => setEditing(p)}>
                {t("privacy.processors.edit")}
              </Button>
            ),
          },
        ]}
      />
    </Section>
  )
}

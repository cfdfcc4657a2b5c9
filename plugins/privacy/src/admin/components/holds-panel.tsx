import { Button, DataTablePaginationState, Input, StatusBadge, usePrompt } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { useFormat } from "../lib/format"
import { formFields, useList, usePost } from "../lib/hooks"
import { Actor, CustomerLink, CustomerRef, useCustomers, useUsers } from "../lib/people"
import { CustomerPicker } from "./customer-picker"
import { Field, FormError, Section, Table } from "./section"

export type LegalHold = {
  id: string
  customer_id: string
  reason: string
  reference: string | null
  created_by: string
  created_at: string
  released_at: string | null
  released_by: string | null
}

const PAGE = 20

/** Place a manual legal hold; `customer` fixed (customer page) or picked by name/e-mail. */
export const PlaceHoldForm = ({ customer, onDone }: { customer?: CustomerRef; onDone: () => void }) => {
  const { t } = useTranslation()
  const [picked, setPicked] = useState<CustomerRef | null>(customer ?? null)
  const [error, setError] = useState<string | null>(null)
  const place = usePost(t("privacy.holds.placed"), onDone)
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const f = formFields(e)
    const problem = !picked
      ? t("privacy.holds.pick_customer")
      : (f.reason ?? "").length < 3
        ? t("privacy.holds.reason_short")
        : f.reason.length > 500
          ? t("privacy.holds.reason_long")
          : null
    setError(problem)
    if (problem || !picked) return
    const body = { customer_id: picked.id, reason: f.reason, ...(f.reference ? { reference: f.reference } : {}) }
    place.mutate({ path: "/admin/privacy/legal-holds", body }, { onError: (err: Error) => setError(err.message) })
  }
  const id = (k: string) => `hold-${customer?.id ?? "new"}-${k}`
  return (
    <form className="flex flex-col gap-y-2" onSubmit={submit} noValidate aria-label={t("privacy.holds.place")}>
      <div className={`grid gap-2 ${customer ? "grid-cols-2" : "grid-cols-3"}`}>
        {!customer && (
          <Field id={id("customer")} label={t("privacy.fields.customer")}>
            <CustomerPicker id={id("customer")} value={picked} onChange={setPicked} />
          </Field>
        )}
        <Field id={id("reason")} label={t("privacy.fields.reason")}>
          <Input id={id("reason")} name="reason" placeholder={t("privacy.holds.reason_placeholder")} />
        </Field>
        <Field id={id("reference")} label={t("privacy.fields.reference_optional")}>
          <Input id={id("reference")} name="reference" placeholder={t("privacy.holds.reference_placeholder")} />
        </Field>
      </div>
      <FormError message={error} />
      <div className="flex gap-x-2">
        <Button size="small" type="submit" isLoading={place.isPending}>
          {t("privacy.holds.save")}
        </Button>
        <Button size="small" variant="secondary" type="button" onClick={onDone}>
          {t("privacy.actions.close")}
        </Button>
      </div>
    </form>
  )
}

/** Release with a prompt saying what it means. */
export function useReleaseHold() {
  const { t } = useTranslation()
  const release = usePost(t("privacy.holds.released_toast"))
  const prompt = usePrompt()
  const onRelease = async (h: LegalHold) => {
    const confirmed = await prompt({
      title: t("privacy.holds.release_title"),
      description: t("privacy.holds.release_description"),
      confirmText: t("privacy.holds.release"),
      cancelText: t("privacy.actions.back"),
    })
    if (confirmed) release.mutate({ path: `/admin/privacy/legal-holds/${h.id}/release` })
  }
  return { onRelease, pending: release.isPending }
}

/** Manual legal holds: place one on a customer (skipped by retention until released), release it. */
export const HoldsPanel = () => {
  const { t } = useTranslation()
  const f = useFormat()
  const [paging, setPaging] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE })
  const { data, isLoading } = useList<{ legal_holds: LegalHold[]; count: number }>(
    ["holds", paging.pageIndex],
    `/admin/privacy/legal-holds?limit=${PAGE}&offset=${paging.pageIndex * PAGE}`
  )
  const holds = data?.legal_holds ?? []
  const customers = useCustomers(holds.map((h) => h.customer_id))
  const users = useUsers(holds.flatMap((h) => [h.created_by, h.released_by]))
  const [open, setOpen] = useState(false)
  const { onRelease, pending } = useReleaseHold()
  return (
    <Section
      title={t("privacy.holds.title")}
      actions={
        <Button size="small" variant="secondary" onClick={() => setOpen(!open)}>
          {t("privacy.holds.place")}
        </Button>
      }
    >
      {open && (
        <div className="mb-4">
          <PlaceHoldForm onDone={() => setOpen(false)} />
        </div>
      )}
      <Table
        rows={holds}
        rowId={(h) => h.id}
        isLoading={isLoading}
        paging={{ count: data?.count ?? 0, state: paging, onChange: setPaging }}
        empty={t("privacy.holds.empty")}
        columns={[
          { id: "customer", header: t("privacy.fields.customer"), cell: (h) => <CustomerLink id={h.customer_id} customer={customers.get(h.customer_id)} /> },
          { id: "reason", header: t("privacy.fields.reason"), cell: (h) => h.reason },
          { id: "reference", header: t("privacy.fields.reference"), cell: (h) => h.reference || "–" },
          {
            id: "status",
            header: t("privacy.fields.status"),
            cell: (h) =>
              h.released_at ? (
                <StatusBadge color="grey">{t("privacy.holds.status_released")}</StatusBadge>
              ) : (
                <StatusBadge color="orange">{t("privacy.holds.status_active")}</StatusBadge>
              ),
          },
          { id: "by", header: t("privacy.fields.set_by"), cell: (h) => <Actor actor={h.created_by} users={users} /> },
          { id: "set", header: t("privacy.fields.set_at"), cell: (h) => f.dateTime(h.created_at) },
          {
            id: "released",
            header: t("privacy.fields.released_at"),
            cell: (h) =>
              h.released_at ? (
                <>
                  {f.dateTime(h.released_at)} · <Actor actor={h.released_by} users={users} />
                </>
              ) : (
                "–"
              ),
          },
          {
            id: "actions",
            header: "",
            cell: (h) =>
              h.released_at ? null : (
                <Button size="small" variant="secondary" isLoading={pending} onClick={() => onRelease(h)}>
                  {t("privacy.holds.release")}
                </Button>
              ),
          },
        ]}
      />
    </Section>
  )
}

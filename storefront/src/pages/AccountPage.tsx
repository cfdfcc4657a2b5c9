import { useMutation, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { AccountNav } from "../components/AccountNav"
import { AddressFields, addressFromForm } from "../components/AddressFields"
import { RequireAccount } from "../components/RequireAccount"
import { useI18n } from "../i18n"
import { errorMessage, useClients } from "../sdk"
import type { StoreAddress, StoreCustomer } from "../types"

/** "Mijn gegevens": view and correct name, phone and addresses (P13). */
export function AccountPage() {
  return (
    <RequireAccount>
      {(customer) => (
        <div className="account">
          <AccountNav />
          <div>
            <Details customer={customer} />
            <Addresses customer={customer} />
          </div>
        </div>
      )}
    </RequireAccount>
  )
}

function Details({ customer }: { customer: StoreCustomer }) {
  const { t } = useI18n()
  const { sdk } = useClients()
  const qc = useQueryClient()
  const save = useMutation({
    mutationFn: async (f: FormData) =>
      (
        await sdk.store.customer.update({
          first_name: String(f.get("first_name")),
          last_name: String(f.get("last_name")),
          phone: String(f.get("phone") ?? ""),
        })
      ).customer,
    onSuccess: () => qc.invalidateQueries({ queryKey: ["customer"] }),
  })
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    save.mutate(new FormData(e.currentTarget))
  }
  return (
    <section aria-labelledby="details-title">
      <h1 id="details-title">{t("account.details")}</h1>
      <form onSubmit={submit} className="stack narrow" key={customer.updated_at as string}>
        <label htmlFor="me-first">{t("form.firstName")}</label>
        <input id="me-first" name="first_name" defaultValue={customer.first_name ?? ""} autoComplete="given-name" required />
        <label htmlFor="me-last">{t("form.lastName")}</label>
        <input id="me-last" name="last_name" defaultValue={customer.last_name ?? ""} autoComplete="family-name" required />
        <label htmlFor="me-email">{t("form.email")}</label>
        <input id="me-email" name="email" type="email" value={customer.email} readOnly aria-describedby="me-email-help" />
        <p id="me-email-help" className="muted">
          {t("account.emailHelp")} {t("account.emailChange")}
        </p>
        <label htmlFor="me-phone">{t("form.phoneOptional")}</label>
        <input id="me-phone" name="phone" type="tel" defaultValue={customer.phone ?? ""} autoComplete="tel" />
        <button type="submit" className="btn primary" disabled={save.isPending}>
          {t("common.save")}
        </button>
        {save.isSuccess ? <p role="status">{t("common.saved")}</p> : null}
        {save.isError ? (
          <p role="alert" className="error">
            {errorMessage(save.error)}
          </p>
        ) : null}
      </form>
    </section>
  )
}

function Addresses({ customer }: { customer: StoreCustomer }) {
  const { t } = useI18n()
  const { sdk } = useClients()
  const qc = useQueryClient()
  const [editing, setEditing] = useState<string | null>(null)
  const done = () => {
    setEditing(null)
    return qc.invalidateQueries({ queryKey: ["customer"] })
  }
  const save = useMutation({
    mutationFn: async ({ id, form }: { id: string; form: FormData }) => {
      const body = addressFromForm(form, `addr-${id}`)
      return id === "new" ? sdk.store.customer.createAddress(body) : sdk.store.customer.updateAddress(id, body)
    },
    onSuccess: done,
  })
  const remove = useMutation({ mutationFn: (id: string) => sdk.store.customer.deleteAddress(id), onSuccess: done })
  const form = (a: StoreAddress | null) => {
    const id = a?.id ?? "new"
    return (
      <form
        className="stack narrow"
        aria-label={a ? t("account.editAddress") : t("account.addAddress")}
        onSubmit={(e) => {
          e.preventDefault()
          save.mutate({ id, form: new FormData(e.currentTarget) })
        }}
      >
        <AddressFields prefix={`addr-${id}`} defaults={a ?? { first_name: customer.first_name, last_name: customer.last_name }} />
        <div className="actions">
          <button type="submit" className="btn primary" disabled={save.isPending}>
            {t("common.save")}
          </button>
          <button type="button" className="btn" onClick={() => setEditing(null)}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    )
  }
  return (
    <section aria-labelledby="addresses-title">
      <h2 id="addresses-title">{t("account.addresses")}</h2>
      {!customer.addresses?.length ? <p>{t("account.noAddresses")}</p> : null}
      <ul className="addresses">
        {customer.addresses?.map((a) => (
          <li key={a.id} className="card">
            {editing === a.id ? (
              form(a)
            ) : (
              <>
                <p>
                  {a.first_name} {a.last_name}
                  {a.company ? `, ${a.company}` : ""}
                  <br />
                  {a.address_1}
                  <br />
                  {a.postal_code} {a.city}, {a.country_code?.toUpperCase()}
                  {a.phone ? (
                    <>
                      <br />
                      {a.phone}
                    </>
                  ) : null}
                </p>
                <div className="actions">
                  <button className="btn" onClick={() => setEditing(a.id)}>
                    {t("common.edit")}
                  </button>
                  <button className="btn" onClick={() => remove.mutate(a.id)}>
                    {t("common.delete")}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing === "new" ? (
        form(null)
      ) : (
        <button className="btn" onClick={() => setEditing("new")}>
          {t("account.addAddress")}
        </button>
      )}
      {save.isError || remove.isError ? (
        <p role="alert" className="error">
          {errorMessage(save.error ?? remove.error)}
        </p>
      ) : null}
    </section>
  )
}

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { Link } from "react-router-dom"
import { AccountNav } from "../components/AccountNav"
import { RequireAccount } from "../components/RequireAccount"
import { useI18n } from "../i18n"
import { errorMessage, useClients } from "../sdk"

/** Download my data (JSON now, or a ZIP link), request erasure with password and cooling-off, cancel it. */
export function PrivacyPage() {
  return <RequireAccount>{() => <Privacy />}</RequireAccount>
}

function Privacy() {
  const { t } = useI18n()
  return (
    <div className="account">
      <AccountNav />
      <div>
        <h1>{t("account.privacy")}</h1>
        <Export />
        <Erasure />
        <section aria-labelledby="cookies-title">
          <h2 id="cookies-title">{t("footer.cookies")}</h2>
          <p>
            <Link to="/cookies">{t("privacy.changeCookies")}</Link>
          </p>
        </section>
      </div>
    </div>
  )
}

function Export() {
  const { t } = useI18n()
  const { shop } = useClients()
  const [href, setHref] = useState<string>()
  const json = useMutation({
    mutationFn: async () => {
      const data = await shop.privacy.export()
      const blob = new Blob([JSON.stringify(data.export, null, 2)], { type: "application/json" })
      const url = URL.createObjectURL(blob)
      const a = document.createElement("a")
      a.href = url
      a.download = "mijn-gegevens.json"
      document.body.appendChild(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return data.export
    },
  })
  const zip = useMutation({
    mutationFn: async () => (await shop.privacy.exportLink()).export_link,
    onSuccess: (link) => setHref(link.url),
  })
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t("privacy.exportTitle")}</h2>
      <p>{t("privacy.exportLead")}</p>
      <div className="actions">
        <button className="btn primary" onClick={() => json.mutate()} disabled={json.isPending}>
          {t("privacy.downloadJson")}
        </button>
        <button className="btn" onClick={() => zip.mutate()} disabled={zip.isPending}>
          {t("privacy.makeZip")}
        </button>
      </div>
      {json.isSuccess ? (
        <p role="status" data-testid="export-done">
          {t("privacy.exportDone", { modules: json.data.modules.length })}
        </p>
      ) : null}
      {href ? (
        <p role="status">
          <a href={href} data-testid="export-zip">
            {t("privacy.zipLink")}
          </a>{" "}
          <span className="muted">{t("privacy.zipValid", { expires: new Date(zip.data!.expires_at).toLocaleTimeString() })}</span>
        </p>
      ) : null}
      {json.isError || zip.isError ? (
        <p role="alert" className="error">
          {errorMessage(json.error ?? zip.error)}
        </p>
      ) : null}
    </section>
  )
}

function Erasure() {
  const { t, date } = useI18n()
  const { shop } = useClients()
  const qc = useQueryClient()
  const requests = useQuery({ queryKey: ["privacy-requests"], queryFn: async () => (await shop.privacy.listRequests()).data_subject_requests })
  const open = requests.data?.find((r) => r.type === "erasure" && (r.status === "cooling_off" || r.status === "in_progress"))
  const request = useMutation({
    mutationFn: async (password: string) => (await shop.privacy.requestErasure({ password })).data_subject_request,
    onSuccess: () => qc.invalidateQueries({ queryKey: ["privacy-requests"] }),
  })
  const cancel = useMutation({
    mutationFn: async (id: string) => (await shop.privacy.cancelErasure(id)).data_subject_request,
    onSuccess: () => qc.invalidateQueries({ queryKey: ["privacy-requests"] }),
  })
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const form = e.currentTarget
    request.mutate(String(new FormData(form).get("password")), { onSuccess: () => form.reset() })
  }
  return (
    <section aria-labelledby="erasure-title">
      <h2 id="erasure-title">{t("privacy.erasureTitle")}</h2>
      {open ? (
        <div className="notice" data-testid="erasure-open">
          <p role="status">{t("privacy.erasureCoolingOff", { date: date(open.execute_after, true) })}</p>
          {open.status === "cooling_off" ? (
            <button className="btn" onClick={() => cancel.mutate(open.id)} disabled={cancel.isPending}>
              {t("privacy.cancelErasure")}
            </button>
          ) : null}
        </div>
      ) : (
        <form onSubmit={submit} className="stack narrow">
          <p>{t("privacy.erasureLead")}</p>
          <label htmlFor="erasure-password">{t("privacy.confirmPassword")}</label>
          <input id="erasure-password" name="password" type="password" autoComplete="current-password" required />
          <button type="submit" className="btn danger" disabled={request.isPending}>
            {t("privacy.requestErasure")}
          </button>
        </form>
      )}
      {cancel.isSuccess && !open ? (
        <p role="status" data-testid="erasure-cancelled">
          {t("privacy.erasureCancelled")}
        </p>
      ) : null}
      {request.isError ? (
        <p role="alert" className="error">
          {(request.error as { status?: number }).status === 401 ? t("privacy.wrongPassword") : errorMessage(request.error)}
        </p>
      ) : null}
      {cancel.isError ? (
        <p role="alert" className="error">
          {errorMessage(cancel.error)}
        </p>
      ) : null}
      {requests.data?.length ? (
        <>
          <h3>{t("privacy.history")}</h3>
          <ul>
            {requests.data.map((r) => (
              <li key={r.id}>
                {date(r.received_at, true)} — {t(`privacy.status.${r.status}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}

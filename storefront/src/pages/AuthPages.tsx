import { useQueryClient } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { useI18n } from "../i18n"
import { errorMessage, useClients } from "../sdk"
import { cartId } from "../store"

/** After logging in, a visitor's cart becomes the customer's (account-only checkout needs it). */
async function afterLogin(sdk: ReturnType<typeof useClients>["sdk"]) {
  const id = cartId.get()
  if (id) await sdk.store.cart.transferCart(id).catch(() => cartId.clear())
}

function useNext() {
  const [params] = useSearchParams()
  const next = params.get("next")
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/account"
}

export function LoginPage() {
  const { t } = useI18n()
  const { sdk } = useClients()
  const qc = useQueryClient()
  const navigate = useNavigate()
  const next = useNext()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const f = new FormData(e.currentTarget)
    setBusy(true)
    setError(undefined)
    try {
      await sdk.auth.login("customer", "emailpass", { email: String(f.get("email")), password: String(f.get("password")) })
      await afterLogin(sdk)
      await qc.invalidateQueries()
      navigate(next)
    } catch (err) {
      setError((err as { status?: number }).status === 401 ? t("auth.wrong") : errorMessage(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="narrow">
      <h1>{t("auth.login")}</h1>
      <form onSubmit={submit} className="stack">
        <label htmlFor="login-email">{t("form.email")}</label>
        <input id="login-email" name="email" type="email" autoComplete="email" required />
        <label htmlFor="login-password">{t("form.password")}</label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit" className="btn primary" disabled={busy}>
          {t("auth.login")}
        </button>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
      </form>
      <p>
        {t("auth.noAccount")} <Link to={`/account/registreren?next=${encodeURIComponent(next)}`}>{t("auth.register")}</Link>
      </p>
    </section>
  )
}

export function RegisterPage() {
  const { t } = useI18n()
  const { sdk } = useClients()
  const qc = useQueryClient()
  const navigate = useNavigate()
  const next = useNext()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const f = new FormData(e.currentTarget)
    const email = String(f.get("email"))
    const password = String(f.get("password"))
    if (password.length < 8) return setError(t("auth.passwordShort"))
    setBusy(true)
    setError(undefined)
    try {
      await sdk.auth.register("customer", "emailpass", { email, password })
      await sdk.store.customer.create({
        email,
        first_name: String(f.get("first_name")),
        last_name: String(f.get("last_name")),
        phone: String(f.get("phone") || "") || undefined,
      })
      await sdk.auth.login("customer", "emailpass", { email, password })
      await afterLogin(sdk)
      await qc.invalidateQueries()
      navigate(next)
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="narrow">
      <h1>{t("auth.register")}</h1>
      <form onSubmit={submit} className="stack">
        <label htmlFor="reg-first">{t("form.firstName")}</label>
        <input id="reg-first" name="first_name" autoComplete="given-name" required />
        <label htmlFor="reg-last">{t("form.lastName")}</label>
        <input id="reg-last" name="last_name" autoComplete="family-name" required />
        <label htmlFor="reg-email">{t("form.email")}</label>
        <input id="reg-email" name="email" type="email" autoComplete="email" required />
        <label htmlFor="reg-phone">{t("form.phoneOptional")}</label>
        <input id="reg-phone" name="phone" type="tel" autoComplete="tel" />
        <label htmlFor="reg-password">{t("form.password")}</label>
        <input id="reg-password" name="password" type="password" autoComplete="new-password" required minLength={8} aria-describedby="reg-password-help" />
        <p id="reg-password-help" className="muted">
          {t("auth.passwordHelp")}
        </p>
        <button type="submit" className="btn primary" disabled={busy}>
          {t("auth.createAccount")}
        </button>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
      </form>
      <p className="muted">{t("auth.privacyNote")}</p>
    </section>
  )
}

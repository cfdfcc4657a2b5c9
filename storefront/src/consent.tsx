import type { ConsentState, PolicyText } from "@softshop/medusa-js"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { createContext, ReactNode, useContext, useEffect, useState } from "react"
import { useI18n } from "./i18n"
import { useClients } from "./sdk"

const VISITOR_KEY = "softshop_visitor"

/**
 * The pseudonymous visitor id the consent ledger keys choices on. The shop issues and signs it
 * (the first GET without an id answers a new one); it is kept in localStorage, a necessary item.
 */
const visitor = {
  get: () => localStorage.getItem(VISITOR_KEY),
  set: (id: string) => localStorage.setItem(VISITOR_KEY, id),
  clear: () => localStorage.removeItem(VISITOR_KEY),
}

type Consent = {
  state: ConsentState | undefined
  text: PolicyText | null | undefined
  /** A choice was recorded for the current text version (otherwise the banner shows). */
  decided: boolean
  save: (choices: { analytics: boolean; marketing: boolean }) => Promise<unknown>
  saving: boolean
  error: unknown
  /** Reading the recorded choice failed (network, server): the state is unknown, not "nothing chosen". */
  stateFailed: boolean
  /** Reads the recorded choice again (the cookie settings page does on every visit). */
  refresh: () => Promise<unknown>
}

const Ctx = createContext<Consent | null>(null)

/**
 * Cookie consent backed by the privacy plugin's ledger: until the visitor chooses, only
 * necessary storage is used and no analytics script is loaded; the choice is recorded per
 * category together with the policy text it was made on.
 */
export function ConsentProvider({ children }: { children: ReactNode }) {
  const { shop } = useClients()
  const { locale } = useI18n()
  const qc = useQueryClient()
  const text = useQuery({
    queryKey: ["policy-text", "cookies", locale],
    queryFn: async () => {
      try {
        return (await shop.privacy.policyText({ kind: "cookies", locale })).policy_text
      } catch (e) {
        if ((e as { status?: number }).status === 404) return null
        throw e
      }
    },
    staleTime: 5 * 60_000,
  })
  const state = useQuery({
    queryKey: ["consent"],
    queryFn: async () => {
      let consent
      try {
        consent = (await shop.privacy.consent(visitor.get())).consent
      } catch (e) {
        // An id this shop no longer accepts (e.g. a new secret): start again with an issued one.
        if ((e as { status?: number }).status !== 400) throw e
        visitor.clear()
        consent = (await shop.privacy.consent()).consent
      }
      visitor.set(consent.visitor_id)
      return consent
    },
    staleTime: Infinity,
  })
  const save = useMutation({
    mutationFn: async (choices: { analytics: boolean; marketing: boolean }) => {
      if (!text.data) throw new Error("no cookie text")
      const visitor_id = state.data?.visitor_id ?? visitor.get() ?? undefined
      const consent = (await shop.privacy.recordConsent({ visitor_id, policy_text_id: text.data.id, choices })).consent
      visitor.set(consent.visitor_id)
      return consent
    },
    onSuccess: (consent) => qc.setQueryData(["consent"], consent),
  })
  const analytics = state.data?.categories.analytics
  const decided = !!analytics?.recorded_at && (!text.data || analytics.policy_text_version === text.data.version)
  const granted = decided && !!analytics?.granted
  useAnalyticsScript(granted)
  return (
    <Ctx.Provider
      value={{
        state: state.data,
        text: text.data,
        decided,
        save: save.mutateAsync,
        saving: save.isPending,
        error: save.error,
        stateFailed: state.isError && state.data === undefined,
        refresh: state.refetch,
      }}
    >
      {children}
    </Ctx.Provider>
  )
}

/** The shop's own analytics file, injected only while analytics consent is granted. */
function useAnalyticsScript(granted: boolean) {
  useEffect(() => {
    if (!granted || document.getElementById("softshop-analytics")) return
    const s = document.createElement("script")
    s.id = "softshop-analytics"
    s.src = "/analytics.js"
    s.async = true
    document.head.appendChild(s)
  }, [granted])
}

export function useConsent(): Consent {
  const v = useContext(Ctx)
  if (!v) throw new Error("ConsentProvider is missing")
  return v
}

/** The per-category form, used by the banner ("Instellingen") and the cookie settings page. */
export function ConsentForm({ onSaved, idPrefix }: { onSaved?: () => void; idPrefix: string }) {
  const { t } = useI18n()
  const consent = useConsent()
  const [analytics, setAnalytics] = useState(!!consent.state?.categories.analytics.granted)
  const [marketing, setMarketing] = useState(!!consent.state?.categories.marketing.granted)
  useEffect(() => {
    setAnalytics(!!consent.state?.categories.analytics.granted)
    setMarketing(!!consent.state?.categories.marketing.granted)
  }, [consent.state])
  return (
    <form
      className="consent-form"
      onSubmit={async (e) => {
        e.preventDefault()
        await consent.save({ analytics, marketing })
        onSaved?.()
      }}
    >
      <fieldset>
        <legend>{t("cookies.categories")}</legend>
        <div className="check">
          <input id={`${idPrefix}-necessary`} type="checkbox" checked disabled />
          <label htmlFor={`${idPrefix}-necessary`}>
            <strong>{t("cookies.necessary")}</strong> — {t("cookies.necessaryHelp")}
          </label>
        </div>
        <div className="check">
          <input id={`${idPrefix}-analytics`} type="checkbox" checked={analytics} onChange={(e) => setAnalytics(e.target.checked)} />
          <label htmlFor={`${idPrefix}-analytics`}>
            <strong>{t("cookies.analytics")}</strong> — {t("cookies.analyticsHelp")}
          </label>
        </div>
        <div className="check">
          <input id={`${idPrefix}-marketing`} type="checkbox" checked={marketing} onChange={(e) => setMarketing(e.target.checked)} />
          <label htmlFor={`${idPrefix}-marketing`}>
            <strong>{t("cookies.marketing")}</strong> — {t("cookies.marketingHelp")}
          </label>
        </div>
      </fieldset>
      <button type="submit" className="btn primary" disabled={consent.saving || !consent.text}>
        {t("cookies.saveChoice")}
      </button>
      {consent.error ? (
        <p role="alert" className="error">
          {t("common.error")}
        </p>
      ) : null}
    </form>
  )
}

/** Shown until a choice is recorded for the current cookie text; refusing is as easy as accepting. */
export function CookieBanner() {
  const { t } = useI18n()
  const consent = useConsent()
  const [custom, setCustom] = useState(false)
  if (consent.decided || consent.state === undefined || !consent.text) return null
  return (
    <section className="cookie-banner" role="region" aria-label={t("cookies.title")} data-testid="cookie-banner">
      <h2>{t("cookies.title")}</h2>
      <p className="policy-text" data-version={consent.text.version}>
        {consent.text.body}
      </p>
      <p className="muted">{t("cookies.version", { version: consent.text.version })}</p>
      {custom ? (
        <ConsentForm idPrefix="banner" />
      ) : (
        <div className="actions">
          <button className="btn" onClick={() => consent.save({ analytics: false, marketing: false })} disabled={consent.saving}>
            {t("cookies.necessaryOnly")}
          </button>
          <button className="btn" onClick={() => setCustom(true)}>
            {t("cookies.customise")}
          </button>
          <button className="btn primary" onClick={() => consent.save({ analytics: true, marketing: true })} disabled={consent.saving}>
            {t("cookies.acceptAll")}
          </button>
        </div>
      )}
    </section>
  )
}

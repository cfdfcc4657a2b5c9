import { useEffect } from "react"
import { ConsentForm, useConsent } from "../consent"
import { useI18n } from "../i18n"

/** Reachable from every page's footer: the current text, the recorded choice, and the form to change it. */
export function CookieSettingsPage() {
  const { t, date } = useI18n()
  const consent = useConsent()
  const analytics = consent.state?.categories.analytics
  // The recorded choice is read again on every visit: it may have changed in another tab, and a
  // failed first read must not leave the page claiming that nothing was chosen.
  const { refresh } = consent
  useEffect(() => {
    void refresh()
  }, [refresh])
  return (
    <section className="narrow">
      <h1>{t("cookies.settingsTitle")}</h1>
      {consent.text ? (
        <>
          <p className="policy-text">{consent.text.body}</p>
          <p className="muted">{t("cookies.version", { version: consent.text.version })}</p>
        </>
      ) : consent.text === null ? (
        <p role="alert">{t("cookies.noText")}</p>
      ) : (
        <p role="status">{t("common.loading")}</p>
      )}
      {consent.state ? (
        <p data-testid="consent-recorded">
          {analytics?.recorded_at
            ? t("cookies.recorded", { date: date(analytics.recorded_at, true), version: analytics.policy_text_version ?? "–" })
            : t("cookies.notRecorded")}
        </p>
      ) : consent.stateFailed ? (
        <div role="alert" data-testid="consent-unknown">
          <p>{t("cookies.stateFailed")}</p>
          <button type="button" className="btn" onClick={() => void refresh()}>
            {t("common.retry")}
          </button>
        </div>
      ) : (
        <p role="status">{t("common.loading")}</p>
      )}
      {consent.state ? <ConsentForm idPrefix="settings" /> : null}
    </section>
  )
}

import { ConsentForm, useConsent } from "../consent"
import { useI18n } from "../i18n"

/** Reachable from every page's footer: the current text, the recorded choice, and the form to change it. */
export function CookieSettingsPage() {
  const { t, date } = useI18n()
  const consent = useConsent()
  const analytics = consent.state?.categories.analytics
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
      <p data-testid="consent-recorded">
        {analytics?.recorded_at
          ? t("cookies.recorded", { date: date(analytics.recorded_at, true), version: analytics.policy_text_version ?? "–" })
          : t("cookies.notRecorded")}
      </p>
      {consent.state ? <ConsentForm idPrefix="settings" /> : null}
      {consent.saving ? null : null}
    </section>
  )
}

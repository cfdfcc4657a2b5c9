import { useMutation } from "@tanstack/react-query"
import { useSearchParams } from "react-router-dom"
import { useI18n } from "../i18n"
import { errorMessage, useClients } from "../sdk"

/**
 * The confirm page the double opt-in mail links to. Opening it changes nothing (mail scanners
 * follow links); the button confirms.
 */
export function NewsletterConfirmPage() {
  const { t } = useI18n()
  const { shop } = useClients()
  const token = useSearchParams()[0].get("token") ?? ""
  const confirm = useMutation({ mutationFn: () => shop.newsletter.confirm(token) })
  return (
    <section className="narrow">
      <h1>{t("newsletter.confirmTitle")}</h1>
      {confirm.data ? (
        <p role="status" data-outcome={confirm.data.outcome}>
          {t(`newsletter.outcome.${confirm.data.outcome}`)}
        </p>
      ) : (
        <>
          <p>{t("newsletter.confirmLead")}</p>
          <button className="btn primary" onClick={() => confirm.mutate()} disabled={confirm.isPending || !token}>
            {t("newsletter.confirm")}
          </button>
        </>
      )}
      {confirm.isError ? (
        <p role="alert" className="error">
          {errorMessage(confirm.error)}
        </p>
      ) : null}
    </section>
  )
}

/** The unsubscribe page of every newsletter's footer link; no login, the signed token is enough. */
export function NewsletterUnsubscribePage() {
  const { t } = useI18n()
  const { shop } = useClients()
  const token = useSearchParams()[0].get("token") ?? ""
  const unsubscribe = useMutation({ mutationFn: () => shop.newsletter.unsubscribe(token) })
  return (
    <section className="narrow">
      <h1>{t("newsletter.unsubscribeTitle")}</h1>
      {unsubscribe.data ? (
        <p role="status" data-outcome={unsubscribe.data.outcome}>
          {t(`newsletter.outcome.${unsubscribe.data.outcome}`)}
        </p>
      ) : (
        <>
          <p>{t("newsletter.unsubscribeLead")}</p>
          <button className="btn primary" onClick={() => unsubscribe.mutate()} disabled={unsubscribe.isPending || !token}>
            {t("newsletter.unsubscribe")}
          </button>
        </>
      )}
      {unsubscribe.isError ? (
        <p role="alert" className="error">
          {errorMessage(unsubscribe.error)}
        </p>
      ) : null}
    </section>
  )
}

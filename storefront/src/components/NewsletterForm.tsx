import { useMutation, useQuery } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { useI18n } from "../i18n"
import { errorMessage, useClients } from "../sdk"

/** Double opt-in sign-up: shows the exact consent text and sends its id; the mail's link confirms. */
export function NewsletterForm() {
  const { t, locale } = useI18n()
  const { shop } = useClients()
  const [email, setEmail] = useState("")
  const text = useQuery({
    queryKey: ["newsletter-text", locale],
    queryFn: async () => (await shop.newsletter.consentText(locale)).consent_text,
    staleTime: 5 * 60_000,
  })
  const subscribe = useMutation({
    mutationFn: () => shop.newsletter.subscribe({ email, locale, consent_text_id: text.data?.id, source: "storefront-footer" }),
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    subscribe.mutate()
  }
  if (subscribe.isSuccess) {
    return (
      <p role="status" data-testid="newsletter-sent">
        {t("newsletter.sent", { email: subscribe.data.subscription_request.email })}
      </p>
    )
  }
  return (
    <form onSubmit={submit} className="newsletter-form">
      {text.data ? <p className="consent-text">{text.data.body}</p> : null}
      <label htmlFor="newsletter-email">{t("newsletter.email")}</label>
      <div className="row">
        <input id="newsletter-email" type="email" required autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <button type="submit" className="btn primary" disabled={subscribe.isPending}>
          {t("newsletter.subscribe")}
        </button>
      </div>
      <p className="muted">{t("newsletter.doubleOptIn")}</p>
      {subscribe.isError ? (
        <p role="alert" className="error">
          {errorMessage(subscribe.error)}
        </p>
      ) : null}
    </form>
  )
}

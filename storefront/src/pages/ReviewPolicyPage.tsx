import { useQuery } from "@tanstack/react-query"
import { useI18n } from "../i18n"
import { useClients } from "../sdk"

/** "Hoe wij reviews controleren" (EU Omnibus): the published check text and every refusal reason of the policy in force. */
export function ReviewPolicyPage() {
  const { t, locale, date } = useI18n()
  const { shop } = useClients()
  const text = useQuery({ queryKey: ["review-check-text", locale], queryFn: () => shop.reviews.checkText({ locale }) })
  const policy = useQuery({ queryKey: ["review-policy", locale], queryFn: () => shop.reviews.policy({ locale }) })
  return (
    <article className="narrow">
      <h1>{t("reviewPolicy.title")}</h1>
      {text.isLoading || policy.isLoading ? <p role="status">{t("common.loading")}</p> : null}
      {text.data ? (
        <>
          <p className="policy-text" data-testid="review-check-text">
            {text.data.check_text.body}
          </p>
          <p className="muted">
            {t("reviewPolicy.version", { version: text.data.check_text.version })} · {date(text.data.check_text.published_at)}
          </p>
        </>
      ) : null}
      {policy.data ? (
        <section aria-labelledby="policy-reasons">
          <h2 id="policy-reasons">{t("reviewPolicy.reasons")}</h2>
          <dl className="facts">
            {policy.data.policy.reasons.map((r) => (
              <div key={r.code} style={{ display: "contents" }}>
                <dt>{r.label}</dt>
                <dd>{r.description ?? ""}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">{t("reviewPolicy.version", { version: policy.data.policy.version })}</p>
        </section>
      ) : null}
      {text.isError || policy.isError ? <p role="alert">{t("common.error")}</p> : null}
    </article>
  )
}

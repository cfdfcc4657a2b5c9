import type { PublicReview, ReviewIdentity, ReviewSort } from "@softshop/medusa-js"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useEffect, useRef, useState } from "react"
import { Link, useLocation } from "react-router-dom"
import { useI18n } from "../i18n"
import { errorMessage, useClients } from "../sdk"
import { useCustomer } from "../store"

const PAGE = 5
const SORTS: ReviewSort[] = ["newest", "most_helpful", "highest", "lowest"]
/** Most private first: the form's default is the first. */
export const IDENTITIES: ReviewIdentity[] = ["anonymous", "pseudonym", "first_name_initial", "full_name"]

/** Five stars as text for screen readers, drawn for the eye. */
export function Stars({ rating }: { rating: number }) {
  const { t } = useI18n()
  return (
    <span className="stars" role="img" aria-label={t("reviews.stars", { n: rating })}>
      {"★★★★★".slice(0, rating)}
      <span className="stars-off">{"★★★★★".slice(rating)}</span>
    </span>
  )
}

/** Summary, distribution, the list (sort, paging, badge, helpful vote), the policy link and the form. */
export function ProductReviews({ productId, productTitle }: { productId: string; productTitle: string }) {
  const { t, locale } = useI18n()
  const { shop } = useClients()
  const [sort, setSort] = useState<ReviewSort>("newest")
  const [page, setPage] = useState(0)
  const summary = useQuery({ queryKey: ["review-summary", productId], queryFn: () => shop.reviews.summary(productId) })
  const list = useQuery({
    queryKey: ["reviews", productId, sort, page],
    queryFn: () => shop.reviews.list({ product_id: productId, sort, limit: PAGE, offset: page * PAGE }),
  })
  // The review request mail links to /products/<handle>#review: scroll there once the reviews are in.
  const { hash } = useLocation()
  const section = useRef<HTMLElement>(null)
  useEffect(() => {
    if (hash === "#review" && list.isSuccess) section.current?.scrollIntoView()
  }, [hash, list.isSuccess])
  const s = summary.data?.summary
  const pages = Math.max(1, Math.ceil((list.data?.count ?? 0) / PAGE))
  const max = s ? Math.max(1, ...Object.values(s.histogram)) : 1
  return (
    <section className="reviews" aria-labelledby="reviews-title" id="review" data-testid="reviews" ref={section}>
      <h2 id="reviews-title">{t("reviews.title")}</h2>
      {s?.schema_org ? (
        <script type="application/ld+json">
          {JSON.stringify({ "@context": "https://schema.org", ...s.schema_org, itemReviewed: { "@type": "Product", name: productTitle } })}
        </script>
      ) : null}
      {s && s.count > 0 ? (
        <div className="review-summary" data-testid="review-summary">
          <p className="big">
            <Stars rating={Math.round(s.average ?? 0)} />{" "}
            {t("reviews.average", {
              average: (s.average ?? 0).toLocaleString(locale === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: 1 }),
              count: s.count,
            })}
          </p>
          <table className="histogram">
            <caption className="sr-only">{t("reviews.distribution")}</caption>
            <tbody>
              {[5, 4, 3, 2, 1].map((n) => {
                const count = s.histogram[n as 1 | 2 | 3 | 4 | 5]
                return (
                  <tr key={n}>
                    <th scope="row">{t("reviews.starsShort", { n })}</th>
                    <td>
                      <span className="bar" aria-hidden="true">
                        <span style={{ width: `${(count / max) * 100}%` }} />
                      </span>
                    </td>
                    <td>{count}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      ) : summary.isSuccess ? (
        <p>{t("reviews.none")}</p>
      ) : null}
      <p>
        <Link to="/reviews/beleid">{t("reviews.policyLink")}</Link>
      </p>
      {list.data && list.data.count > 0 ? (
        <>
          <div className="inline-form">
            <label htmlFor="review-sort">{t("reviews.sort")}</label>
            <select
              id="review-sort"
              value={sort}
              onChange={(e) => {
                setSort(e.target.value as ReviewSort)
                setPage(0)
              }}
            >
              {SORTS.map((v) => (
                <option key={v} value={v}>
                  {t(`reviews.sort.${v}`)}
                </option>
              ))}
            </select>
          </div>
          <ul className="review-list" data-testid="review-list">
            {list.data.reviews.map((r) => (
              <ReviewItem key={r.id} review={r} productId={productId} />
            ))}
          </ul>
          {pages > 1 ? (
            <nav className="actions" aria-label={t("reviews.page", { page: page + 1, pages })}>
              <button type="button" className="btn" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t("reviews.previous")}
              </button>
              <span aria-live="polite">{t("reviews.page", { page: page + 1, pages })}</span>
              <button type="button" className="btn" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                {t("reviews.next")}
              </button>
            </nav>
          ) : null}
        </>
      ) : null}
      <ReviewForm productId={productId} />
    </section>
  )
}

function ReviewItem({ review: r, productId }: { review: PublicReview; productId: string }) {
  const { t, date } = useI18n()
  const { shop } = useClients()
  const customer = useCustomer()
  const qc = useQueryClient()
  const [mine, setMine] = useState<boolean | null>(null)
  const vote = useMutation({
    mutationFn: () => shop.reviews.vote(r.id),
    onSuccess: (res) => {
      setMine(res.vote.helpful)
      return qc.invalidateQueries({ queryKey: ["reviews", productId] })
    },
  })
  return (
    <li className="card review" data-review={r.id}>
      <p>
        <Stars rating={r.rating} /> {r.title ? <strong>{r.title}</strong> : null}
      </p>
      <p className="muted">
        <span data-testid="review-author">{r.author.name ?? t("reviews.anonymous")}</span>
        {r.published_at ? <> · {date(r.published_at)}</> : null}
        {r.experienced_at ? <> · {t("reviews.experienced", { date: date(r.experienced_at) })}</> : null}
        {r.verification !== "none" ? (
          <>
            {" "}
            <span className="badge verified" title={t("reviews.verifiedHelp")}>
              {t("reviews.verified")}
            </span>
          </>
        ) : null}
      </p>
      {r.body ? <p className="policy-text">{r.body}</p> : null}
      {r.photos.length ? (
        <div className="row" aria-label={t("reviews.photos")} role="group">
          {r.photos.map((p) => (
            <img key={p.id} src={p.url} alt={t("reviews.photoAlt", { title: r.title ?? "" })} width={Math.min(160, p.width)} loading="lazy" />
          ))}
        </div>
      ) : null}
      {r.reply ? (
        <blockquote className="reply">
          <p>
            <strong>{t("reviews.reply")}</strong>
          </p>
          <p className="policy-text">{r.reply.body}</p>
        </blockquote>
      ) : null}
      {customer.data ? (
        <button type="button" className="btn" aria-pressed={mine ?? false} disabled={vote.isPending} onClick={() => vote.mutate()}>
          {mine ? t("reviews.helpfulMine", { count: r.helpful_count }) : t("reviews.helpful", { count: r.helpful_count })}
        </button>
      ) : (
        <p className="muted">{t("reviews.helpful", { count: r.helpful_count })}</p>
      )}
      {vote.isError ? (
        <p role="alert" className="error">
          {errorMessage(vote.error)}
        </p>
      ) : null}
    </li>
  )
}

/** Identity radio buttons (most private first) with the pseudonym field when chosen. */
export function IdentityFields({
  prefix,
  identity,
  setIdentity,
  pseudonym,
  setPseudonym,
}: {
  prefix: string
  identity: ReviewIdentity
  setIdentity: (i: ReviewIdentity) => void
  pseudonym: string
  setPseudonym: (p: string) => void
}) {
  const { t } = useI18n()
  return (
    <fieldset>
      <legend>{t("reviews.identity")}</legend>
      {IDENTITIES.map((i) => (
        <div className="radio" key={i}>
          <input type="radio" id={`${prefix}-identity-${i}`} name={`${prefix}-identity`} value={i} checked={identity === i} onChange={() => setIdentity(i)} />
          <label htmlFor={`${prefix}-identity-${i}`}>{t(`reviews.identity.${i}`)}</label>
        </div>
      ))}
      {identity === "pseudonym" ? (
        <div className="stack">
          <label htmlFor={`${prefix}-pseudonym`}>{t("reviews.pseudonym")}</label>
          <input
            id={`${prefix}-pseudonym`}
            value={pseudonym}
            onChange={(e) => setPseudonym(e.target.value)}
            minLength={2}
            maxLength={30}
            required
            aria-describedby={`${prefix}-pseudonym-help`}
          />
          <p id={`${prefix}-pseudonym-help`} className="muted">
            {t("reviews.pseudonymHelp")}
          </p>
        </div>
      ) : null}
    </fieldset>
  )
}

/** Rating, title, text and date of experience. */
export function ContentFields({
  prefix,
  defaults,
}: {
  prefix: string
  defaults?: { rating?: number; title?: string | null; body?: string | null; experienced_at?: string | null }
}) {
  const { t } = useI18n()
  const today = new Date().toISOString().slice(0, 10)
  return (
    <>
      <fieldset className="rating">
        <legend>{t("reviews.rating")}</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <span className="radio" key={n}>
            <input type="radio" id={`${prefix}-rating-${n}`} name="rating" value={n} defaultChecked={defaults?.rating === n} required />
            <label htmlFor={`${prefix}-rating-${n}`}>{t("reviews.stars", { n })}</label>
          </span>
        ))}
      </fieldset>
      <label htmlFor={`${prefix}-title`}>{t("reviews.reviewTitle")}</label>
      <input id={`${prefix}-title`} name="title" maxLength={120} defaultValue={defaults?.title ?? ""} />
      <label htmlFor={`${prefix}-body`}>{t("reviews.body")}</label>
      <textarea id={`${prefix}-body`} name="body" rows={5} maxLength={5000} defaultValue={defaults?.body ?? ""} />
      <label htmlFor={`${prefix}-date`}>{t("reviews.experiencedAt")}</label>
      <input id={`${prefix}-date`} name="experienced_at" type="date" max={today} min="2000-01-01" defaultValue={defaults?.experienced_at ?? ""} />
    </>
  )
}

/** Reads the content fields of a review form. */
export function contentOf(f: FormData) {
  const s = (k: string) => String(f.get(k) ?? "").trim()
  return {
    rating: Number(f.get("rating")),
    title: s("title") || null,
    body: s("body") || null,
    experienced_at: s("experienced_at") || null,
  }
}

function ReviewForm({ productId }: { productId: string }) {
  const { t, locale } = useI18n()
  const { shop } = useClients()
  const customer = useCustomer()
  const location = useLocation()
  const qc = useQueryClient()
  const [identity, setIdentity] = useState<ReviewIdentity>("anonymous")
  const [pseudonym, setPseudonym] = useState("")
  const done = useRef<HTMLParagraphElement>(null)
  const submit = useMutation({
    mutationFn: (f: FormData) =>
      shop.reviews.submit({
        product_id: productId,
        ...contentOf(f),
        locale,
        identity,
        ...(identity === "pseudonym" ? { pseudonym: pseudonym.trim() } : {}),
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["my-reviews"] }),
  })
  useEffect(() => {
    if (submit.isSuccess) done.current?.focus()
  }, [submit.isSuccess])
  if (!customer.data) {
    return (
      <p>
        <Link to={`/account/inloggen?next=${encodeURIComponent(location.pathname + "#review")}`}>{t("reviews.loginToWrite")}</Link>
      </p>
    )
  }
  if (submit.isSuccess) {
    return (
      <p role="status" tabIndex={-1} ref={done} data-testid="review-submitted">
        {t("reviews.submitted")} <Link to="/account/reviews">{t("account.reviews")}</Link>
      </p>
    )
  }
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    submit.mutate(new FormData(e.currentTarget))
  }
  return (
    <form className="stack narrow card" onSubmit={onSubmit} aria-labelledby="review-form-title">
      <h3 id="review-form-title">{t("reviews.write")}</h3>
      <ContentFields prefix="new" />
      <IdentityFields prefix="new" identity={identity} setIdentity={setIdentity} pseudonym={pseudonym} setPseudonym={setPseudonym} />
      <button type="submit" className="btn primary" disabled={submit.isPending}>
        {t("reviews.submit")}
      </button>
      {submit.isError ? (
        <p role="alert" className="error">
          {errorMessage(submit.error)}
        </p>
      ) : null}
    </form>
  )
}

import type { OwnReview, ReviewIdentity } from "@softshop/medusa-js"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { AccountNav } from "../components/AccountNav"
import { ContentFields, contentOf, IdentityFields, Stars } from "../components/ProductReviews"
import { RequireAccount } from "../components/RequireAccount"
import { useI18n } from "../i18n"
import { errorMessage, useClients } from "../sdk"

/** "Mijn reviews": every own review with its status, the refusal reason, edit, change of name and delete. */
export function MyReviewsPage() {
  return <RequireAccount>{() => <MyReviews />}</RequireAccount>
}

function MyReviews() {
  const { t } = useI18n()
  const { shop } = useClients()
  const mine = useQuery({ queryKey: ["my-reviews"], queryFn: () => shop.reviews.mine({ limit: 50 }) })
  return (
    <div className="account">
      <AccountNav />
      <section>
        <h1>{t("account.reviews")}</h1>
        {mine.isLoading ? <p role="status">{t("common.loading")}</p> : null}
        {mine.data && !mine.data.reviews.length ? <p>{t("myReviews.none")}</p> : null}
        <ul className="wins" data-testid="my-reviews">
          {mine.data?.reviews.map((r) => (
            <MyReview key={r.id} review={r} />
          ))}
        </ul>
      </section>
    </div>
  )
}

function MyReview({ review: r }: { review: OwnReview }) {
  const { t, date, locale } = useI18n()
  const { shop } = useClients()
  const qc = useQueryClient()
  const [mode, setMode] = useState<"view" | "edit" | "identity">("view")
  const [identity, setIdentity] = useState<ReviewIdentity>(r.identity)
  const [pseudonym, setPseudonym] = useState(r.pseudonym ?? "")
  const refresh = () => {
    setMode("view")
    return qc.invalidateQueries({ queryKey: ["my-reviews"] })
  }
  const edit = useMutation({ mutationFn: (f: FormData) => shop.reviews.edit(r.id, { ...contentOf(f), locale }), onSuccess: refresh })
  const rename = useMutation({
    mutationFn: () => shop.reviews.setIdentity(r.id, { identity, ...(identity === "pseudonym" ? { pseudonym: pseudonym.trim() } : {}) }),
    onSuccess: refresh,
  })
  const remove = useMutation({ mutationFn: () => shop.reviews.delete(r.id), onSuccess: refresh })
  const error = edit.error ?? rename.error ?? remove.error
  return (
    <li className="card" data-review={r.id} data-status={r.status}>
      <h2>
        <Stars rating={r.rating} /> {r.title ?? ""}
      </h2>
      <p data-testid="review-status">
        <strong>{t(`myReviews.status.${r.status}`)}</strong> · {date(r.submitted_at)}
      </p>
      {r.decision ? (
        <div className="notice" data-testid="review-decision">
          {r.decision.reason ? <p>{t("myReviews.reason", { reason: r.decision.reason })}</p> : null}
          {r.decision.reason_description ? <p>{r.decision.reason_description}</p> : null}
          {r.decision.note ? <p>{t("myReviews.note", { note: r.decision.note })}</p> : null}
        </div>
      ) : null}
      {r.body ? <p className="policy-text">{r.body}</p> : null}
      <p className="muted">{t("myReviews.shownAs", { name: r.author.name ?? t("reviews.anonymous") })}</p>
      {mode === "view" ? (
        <div className="actions">
          {r.can_edit ? (
            <button type="button" className="btn" onClick={() => setMode("edit")}>
              {t("myReviews.edit")}
            </button>
          ) : (
            <p className="muted">{t("myReviews.cannotEdit")}</p>
          )}
          <button type="button" className="btn" onClick={() => setMode("identity")}>
            {t("myReviews.changeIdentity")}
          </button>
          <button
            type="button"
            className="btn"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(t("myReviews.confirmDelete"))) remove.mutate()
            }}
          >
            {t("myReviews.delete")}
          </button>
        </div>
      ) : null}
      {mode === "edit" ? (
        <form
          className="stack"
          onSubmit={(e: FormEvent<HTMLFormElement>) => {
            e.preventDefault()
            edit.mutate(new FormData(e.currentTarget))
          }}
        >
          <p className="muted">{t("myReviews.editHelp")}</p>
          <ContentFields prefix={`edit-${r.id}`} defaults={r} />
          <div className="actions">
            <button type="submit" className="btn primary" disabled={edit.isPending}>
              {t("common.save")}
            </button>
            <button type="button" className="btn" onClick={() => setMode("view")}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      ) : null}
      {mode === "identity" ? (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault()
            rename.mutate()
          }}
        >
          <IdentityFields prefix={`id-${r.id}`} identity={identity} setIdentity={setIdentity} pseudonym={pseudonym} setPseudonym={setPseudonym} />
          <div className="actions">
            <button type="submit" className="btn primary" disabled={rename.isPending}>
              {t("myReviews.saveIdentity")}
            </button>
            <button type="button" className="btn" onClick={() => setMode("view")}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      ) : null}
      {error ? (
        <p role="alert" className="error">
          {errorMessage(error)}
        </p>
      ) : null}
    </li>
  )
}

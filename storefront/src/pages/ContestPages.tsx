import type { ContestPublicity, PublicContest } from "@softshop/medusa-js"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useEffect, useRef, useState } from "react"
import { Link, useLocation, useParams } from "react-router-dom"
import { AccountNav } from "../components/AccountNav"
import { RequireAccount } from "../components/RequireAccount"
import { useI18n } from "../i18n"
import { errorMessage, useClients } from "../sdk"
import { useCustomer } from "../store"

/** "Winacties": published and drawn contests. */
export function ContestsPage() {
  const { t, date } = useI18n()
  const { shop } = useClients()
  const list = useQuery({ queryKey: ["contests"], queryFn: () => shop.contests.list({ limit: 50 }) })
  const now = list.data ? Date.parse(list.data.server_time) : Date.now()
  return (
    <section>
      <h1>{t("contests.title")}</h1>
      {list.isLoading ? <p role="status">{t("common.loading")}</p> : null}
      {list.data && !list.data.contests.length ? <p>{t("contests.none")}</p> : null}
      <ul className="grid" data-testid="contests">
        {list.data?.contests.map((c) => (
          <li key={c.id} className="card">
            <h2>
              <Link to={`/winacties/${encodeURIComponent(c.id)}`}>{c.title}</Link>
            </h2>
            <p>{c.description}</p>
            <p className="muted">
              {c.status === "drawn"
                ? t("contests.drawn")
                : c.ends_at && Date.parse(c.ends_at) > now
                  ? t("contests.endsAt", { date: date(c.ends_at, true) })
                  : t("contests.ended", { date: date(c.ends_at, true) })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** One contest: prizes, the versioned terms, the entry form, and once drawn the winners with the verification data. */
export function ContestPage() {
  const { t, date, money, locale } = useI18n()
  const { shop } = useClients()
  const { id } = useParams()
  const contest = useQuery({ queryKey: ["contest", id], queryFn: () => shop.contests.retrieve(id!) })
  if (contest.isLoading) return <p role="status">{t("common.loading")}</p>
  if (!contest.data) return <p role="alert">{errorMessage(contest.error)}</p>
  const c = contest.data.contest
  const open = c.status === "published" && !!c.ends_at && Date.parse(c.ends_at) > Date.parse(contest.data.server_time)
  return (
    <article className="narrow" data-testid="contest">
      <p>
        <Link to="/winacties">{t("contests.title")}</Link>
      </p>
      <h1>{c.title}</h1>
      <p className="lead">{c.description}</p>
      <p>{open ? t("contests.endsAt", { date: date(c.ends_at, true) }) : t("contests.ended", { date: date(c.ends_at, true) })}</p>
      {c.status === "published" ? <p className="muted">{t("contests.drawAt", { date: date(c.draw_at, true) })}</p> : null}
      <h2>{t("contests.prizes")}</h2>
      <ul>
        {c.prizes.map((p) => (
          <li key={p.name}>{t("contests.prize", { quantity: p.quantity, name: p.name, value: money(p.value) })}</li>
        ))}
      </ul>
      <p className="muted">{t("contests.organiser", { organiser: c.organiser })}</p>
      {c.entry_cost === 0 ? <p>{t("contests.free")}</p> : null}
      {c.terms ? (
        <details className="card">
          <summary>{t("contests.terms", { version: c.terms.version })}</summary>
          <p className="policy-text" data-testid="contest-terms">
            {locale === "en" ? c.terms.body_en : c.terms.body_nl}
          </p>
          <p className="muted">
            <small>{t("contests.termsHash", { hash: c.terms.body_hash })}</small>
          </p>
        </details>
      ) : null}
      {open ? <EntryForm contest={c} /> : null}
      {c.status === "drawn" ? <Winners contestId={c.id} /> : <Commitment commitment={c.seed_commitment} />}
    </article>
  )
}

function Commitment({ commitment }: { commitment: string | null }) {
  const { t } = useI18n()
  if (!commitment) return null
  return (
    <section className="step" aria-labelledby="commitment-title">
      <h2 id="commitment-title">{t("contests.verifyTitle")}</h2>
      <p>{t("contests.verifyLead")}</p>
      <dl className="facts">
        <dt>{t("contests.commitment")}</dt>
        <dd>
          <code className="hash">{commitment}</code>
        </dd>
        <dt>{t("contests.seed")}</dt>
        <dd>{t("contests.seedHidden")}</dd>
      </dl>
    </section>
  )
}

function EntryForm({ contest: c }: { contest: PublicContest }) {
  const { t, date } = useI18n()
  const { shop } = useClients()
  const customer = useCustomer()
  const location = useLocation()
  const qc = useQueryClient()
  const [publicity, setPublicity] = useState<ContestPublicity>("none")
  const done = useRef<HTMLParagraphElement>(null)
  const mine = useQuery({
    queryKey: ["contest-entry", c.id],
    enabled: !!customer.data,
    retry: false,
    queryFn: () => shop.contests.myEntry(c.id).catch(() => null),
  })
  const enter = useMutation({
    mutationFn: async (f: FormData) => {
      const res = await shop.contests.enter(c.id, {
        terms_version: c.terms_version,
        accept_terms: true,
        ...(c.minimum_age ? { age_confirmation: f.get("age") as "adult" | "minor_with_parental_consent" } : {}),
        ...(c.skill_question ? { skill_answer: String(f.get("skill_answer") ?? "") } : {}),
        publicity,
        ...(publicity === "first_name_town" ? { town: String(f.get("town") ?? "") } : {}),
        newsletter_opt_in: f.get("newsletter") === "on",
      })
      return res
    },
    onSuccess: (res) => {
      qc.setQueryData(["contest-entry", c.id], { entry: res.entry })
      return qc.invalidateQueries({ queryKey: ["contest-entries"] })
    },
  })
  useEffect(() => {
    if (enter.isSuccess) done.current?.focus()
  }, [enter.isSuccess])
  if (!customer.data) {
    return (
      <p>
        <Link to={`/account/inloggen?next=${encodeURIComponent(location.pathname)}`}>{t("contests.loginToEnter")}</Link>
      </p>
    )
  }
  if (enter.isSuccess) {
    return (
      <p role="status" tabIndex={-1} ref={done} className="notice" data-testid="contest-entered">
        {t("contests.entered")}
      </p>
    )
  }
  if (mine.data) return <p className="notice">{t("contests.alreadyEntered", { date: date(mine.data.entry.created_at, true) })}</p>
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    enter.mutate(new FormData(e.currentTarget))
  }
  return (
    <form className="stack card" onSubmit={submit} aria-labelledby="enter-title">
      <h2 id="enter-title">{t("contests.enterTitle")}</h2>
      {c.skill_question ? (
        <>
          <label htmlFor="skill-answer">{t("contests.skill", { question: c.skill_question })}</label>
          <input id="skill-answer" name="skill_answer" required maxLength={500} />
        </>
      ) : null}
      {c.minimum_age ? (
        <fieldset>
          <legend>{t("contests.age")}</legend>
          <div className="radio">
            <input type="radio" id="age-adult" name="age" value="adult" required />
            <label htmlFor="age-adult">{t("contests.age.adult", { age: c.minimum_age })}</label>
          </div>
          {c.minors_with_parental_consent ? (
            <div className="radio">
              <input type="radio" id="age-minor" name="age" value="minor_with_parental_consent" />
              <label htmlFor="age-minor">{t("contests.age.minor", { age: c.minimum_age })}</label>
            </div>
          ) : null}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t("contests.publicity")}</legend>
        {(["none", "first_name", "first_name_town"] as const).map((p) => (
          <div className="radio" key={p}>
            <input type="radio" id={`publicity-${p}`} name="publicity" value={p} checked={publicity === p} onChange={() => setPublicity(p)} />
            <label htmlFor={`publicity-${p}`}>{t(`contests.publicity.${p}`)}</label>
          </div>
        ))}
        {publicity === "first_name_town" ? (
          <div className="stack">
            <label htmlFor="contest-town">{t("contests.town")}</label>
            <input id="contest-town" name="town" required maxLength={80} autoComplete="address-level2" />
          </div>
        ) : null}
      </fieldset>
      <div className="check">
        <input id="accept-terms" name="accept_terms" type="checkbox" required />
        <label htmlFor="accept-terms">{t("contests.acceptTerms", { version: c.terms_version })}</label>
      </div>
      <div className="check">
        <input id="contest-newsletter" name="newsletter" type="checkbox" />
        <label htmlFor="contest-newsletter">{t("contests.newsletter")}</label>
      </div>
      <button type="submit" className="btn primary" disabled={enter.isPending}>
        {t("contests.enter")}
      </button>
      {enter.isError ? (
        <p role="alert" className="error">
          {errorMessage(enter.error)}
        </p>
      ) : null}
    </form>
  )
}

function Winners({ contestId }: { contestId: string }) {
  const { t, date, money } = useI18n()
  const { shop } = useClients()
  const winners = useQuery({ queryKey: ["contest-winners", contestId], queryFn: () => shop.contests.winners(contestId) })
  if (!winners.data) return winners.isLoading ? <p role="status">{t("common.loading")}</p> : null
  const { verification } = winners.data
  const download = `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(winners.data, null, 2))}`
  return (
    <>
      <section className="step" aria-labelledby="winners-title">
        <h2 id="winners-title">{t("contests.winners")}</h2>
        <ol data-testid="winners">
          {winners.data.winners.map((w) => (
            <li key={`${w.round}-${w.position}`} data-entry={w.entry_id} className={w.replaced_by_round ? "muted" : undefined}>
              {t("contests.winnerLine", {
                prize: w.prize,
                name: w.shown ? [w.shown.first_name, w.shown.town].filter(Boolean).join(", ") : t("contests.winnerHidden"),
              })}{" "}
              <span className="muted">
                ({money(w.prize_value)} · {t(`contests.claim.${w.claim_status}`)}
                {w.replaced_by_round ? ` · ${t("contests.replaced", { round: w.replaced_by_round })}` : ""})
              </span>
            </li>
          ))}
        </ol>
      </section>
      <section className="step" aria-labelledby="verify-title" data-testid="verification">
        <h2 id="verify-title">{t("contests.verifyTitle")}</h2>
        <p>{t("contests.verifyLead")}</p>
        {verification.drawings.map((d) => (
          <div key={d.round} data-round={d.round} data-status={d.status}>
            <h3>{t("contests.round", { round: d.round })}</h3>
            <dl className="facts">
              <dt>{t("contests.commitment")}</dt>
              <dd>
                <code className="hash" data-testid="commitment">
                  {d.seed_commitment}
                </code>
              </dd>
              <dt>{t("contests.seed")}</dt>
              <dd>
                <code className="hash" data-testid="seed">
                  {d.seed ?? t("contests.seedHidden")}
                </code>
              </dd>
              <dt>{t("contests.snapshotHash")}</dt>
              <dd>
                <code className="hash" data-testid="snapshot-hash">
                  {d.snapshot_hash ?? "–"}
                </code>
              </dd>
              <dt>{t("contests.entries")}</dt>
              <dd>{d.snapshot_entry_ids?.length ?? "–"}</dd>
              <dt>{t("contests.algorithm")}</dt>
              <dd>
                {d.algorithm_version} · {date(d.drawn_at, true)}
              </dd>
            </dl>
          </div>
        ))}
        <p>{t("contests.verifyHow")}</p>
        <p>
          <a className="btn" href={download} download={`trekking-${contestId}.json`}>
            {t("contests.download")}
          </a>
        </p>
      </section>
    </>
  )
}

/** "Mijn winacties": the customer's entries. */
export function MyContestsPage() {
  return <RequireAccount>{() => <MyContests />}</RequireAccount>
}

function MyContests() {
  const { t, date } = useI18n()
  const { shop } = useClients()
  const entries = useQuery({ queryKey: ["contest-entries"], queryFn: () => shop.contests.myEntries({ limit: 50 }) })
  const contests = useQuery({ queryKey: ["contests"], queryFn: () => shop.contests.list({ limit: 100 }) })
  const title = (id: string) => contests.data?.contests.find((c) => c.id === id)?.title ?? t("contests.view")
  return (
    <div className="account">
      <AccountNav />
      <section>
        <h1>{t("account.contests")}</h1>
        {entries.isLoading ? <p role="status">{t("common.loading")}</p> : null}
        {entries.data && !entries.data.entries.length ? <p>{t("contests.myNone")}</p> : null}
        <ul className="wins" data-testid="my-entries">
          {entries.data?.entries.map((e) => (
            <li key={e.id} className="card" data-contest={e.contest_id}>
              <h2>
                <Link to={`/winacties/${encodeURIComponent(e.contest_id)}`}>{title(e.contest_id)}</Link>
              </h2>
              <p>{t("contests.myEntry", { date: date(e.created_at, true), version: e.terms_version })}</p>
              <p className="muted">{t(`contests.publicity.${e.publicity}`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}

/**
 * The claim link from the winner's mail (`/contests/claim?token=`): the prize and its deadline, and
 * a button (never on page load: mail scanners open links) that claims it with the publicity choice.
 */
export function ContestClaimPage() {
  const { t, date } = useI18n()
  const { shop } = useClients()
  const token = new URLSearchParams(useLocation().search).get("token") ?? ""
  const qc = useQueryClient()
  const [publicity, setPublicity] = useState<ContestPublicity>("none")
  const view = useQuery({ queryKey: ["contest-claim", token], enabled: !!token, retry: false, queryFn: () => shop.contests.claimView(token) })
  const claim = useMutation({
    mutationFn: (f: FormData) => shop.contests.claim({ token, publicity, ...(publicity === "first_name_town" ? { town: String(f.get("town") ?? "") } : {}) }),
    onSuccess: (res) => qc.setQueryData(["contest-claim", token], res),
  })
  const c = view.data?.claim
  return (
    <article className="narrow" data-testid="contest-claim">
      <h1>{t("contests.claimTitle")}</h1>
      {!token ? <p role="alert">{t("contests.claimNoToken")}</p> : null}
      {view.isLoading ? <p role="status">{t("common.loading")}</p> : null}
      {view.isError ? (
        <p role="alert" className="error">
          {errorMessage(view.error)}
        </p>
      ) : null}
      {c ? (
        <>
          <p>
            <Link to={`/winacties/${encodeURIComponent(c.contest.id)}`}>{c.contest.title}</Link>
          </p>
          <p className="lead">{t("contests.claimPrize", { prize: c.prize })}</p>
          <p data-testid="claim-status" data-status={c.claim_status}>
            <strong>{t(`contests.claim.${c.claim_status}`)}</strong>
            {c.claimed_at ? ` · ${date(c.claimed_at, true)}` : ` · ${t("contests.claimBefore", { date: date(c.claim_deadline, true) })}`}
          </p>
          {c.claim_status === "pending" ? (
            <form
              className="stack"
              onSubmit={(e: FormEvent<HTMLFormElement>) => {
                e.preventDefault()
                claim.mutate(new FormData(e.currentTarget))
              }}
            >
              <fieldset>
                <legend>{t("contests.publicity")}</legend>
                {(["none", "first_name", "first_name_town"] as const).map((p) => (
                  <div className="radio" key={p}>
                    <input type="radio" id={`claim-publicity-${p}`} name="publicity" value={p} checked={publicity === p} onChange={() => setPublicity(p)} />
                    <label htmlFor={`claim-publicity-${p}`}>{t(`contests.publicity.${p}`)}</label>
                  </div>
                ))}
                {publicity === "first_name_town" ? (
                  <div className="stack">
                    <label htmlFor="claim-town">{t("contests.town")}</label>
                    <input id="claim-town" name="town" required maxLength={80} autoComplete="address-level2" />
                  </div>
                ) : null}
              </fieldset>
              <button type="submit" className="btn primary" disabled={claim.isPending}>
                {t("contests.claimButton")}
              </button>
            </form>
          ) : null}
          {claim.isSuccess ? <p role="status">{t("contests.claimed")}</p> : null}
          {claim.isError ? (
            <p role="alert" className="error">
              {errorMessage(claim.error)}
            </p>
          ) : null}
        </>
      ) : null}
    </article>
  )
}

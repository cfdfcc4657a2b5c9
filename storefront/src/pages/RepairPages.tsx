import type { RepairConsentScope, RepairRequestBody, RepairStatus, StoreRepair } from "@softshop/medusa-js"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { Link, useNavigate, useParams, useSearchParams } from "react-router-dom"
import { AccountNav } from "../components/AccountNav"
import { RequireAccount } from "../components/RequireAccount"
import { useI18n } from "../i18n"
import { errorMessage, useClients } from "../sdk"

function Timeline({ history }: { history: { status: RepairStatus; at: string }[] }) {
  const { t, date } = useI18n()
  return (
    <ol className="timeline" data-testid="repair-timeline">
      {history.map((h, i) => (
        <li key={i} data-status={h.status}>
          <strong>{t(`repairs.status.${h.status}`)}</strong> <span className="muted">{date(h.at, true)}</span>
        </li>
      ))}
    </ol>
  )
}

/**
 * Public tracking (`/repairs/track?token=…`, the link in every status mail): the status and its
 * history behind the signed link, no login. Without a token, a field to paste the link.
 */
export function RepairTrackPage() {
  const { t, date, money } = useI18n()
  const { shop } = useClients()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const token = params.get("token")
  const [pasted, setPasted] = useState("")
  const [bad, setBad] = useState(false)
  const tracked = useQuery({ queryKey: ["repair-track", token], enabled: !!token, retry: false, queryFn: () => shop.repairs.track(token!) })
  const open = (e: FormEvent) => {
    e.preventDefault()
    let value: string | null = pasted.trim()
    try {
      value = new URL(value).searchParams.get("token")
    } catch {
      // not a URL: the token itself
    }
    if (!value) return setBad(true)
    setBad(false)
    navigate(`/repairs/track?token=${encodeURIComponent(value)}`)
  }
  const r = tracked.data?.repair
  return (
    <article className="narrow">
      <h1>{t("repairs.trackTitle")}</h1>
      {!token || tracked.isError ? (
        <>
          <p>{t("repairs.trackLead")}</p>
          <form className="stack" onSubmit={open}>
            <label htmlFor="track-link">{t("repairs.trackLink")}</label>
            <input
              id="track-link"
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
              required
              aria-invalid={bad}
              aria-describedby={bad ? "track-bad" : undefined}
            />
            <button type="submit" className="btn primary">
              {t("repairs.trackButton")}
            </button>
            {bad ? (
              <p id="track-bad" role="alert" className="error">
                {t("repairs.trackBadLink")}
              </p>
            ) : null}
          </form>
        </>
      ) : null}
      {tracked.isLoading ? <p role="status">{t("common.loading")}</p> : null}
      {tracked.isError ? (
        <p role="alert" className="error">
          {errorMessage(tracked.error)}
        </p>
      ) : null}
      {r ? (
        <section aria-labelledby="track-status" data-testid="repair-tracking">
          <dl className="facts">
            <dt>{t("repairs.device")}</dt>
            <dd>{r.device}</dd>
            <dt id="track-status">{t("repairs.status")}</dt>
            <dd data-testid="repair-status">{t(`repairs.status.${r.status}`)}</dd>
            {r.estimate ? (
              <>
                <dt>{t("repairs.estimate")}</dt>
                <dd>
                  {money(r.estimate.amount)} · {t(`repairs.estimate.${r.estimate.status}`)}
                </dd>
              </>
            ) : null}
          </dl>
          <h2>{t("repairs.timeline")}</h2>
          <Timeline history={r.history} />
          <p className="muted">{t("repairs.trackExpires", { date: date(tracked.data!.expires_at) })}</p>
        </section>
      ) : null}
    </article>
  )
}

/** "Mijn reparaties": the customer's repairs, newest first. */
export function MyRepairsPage() {
  return <RequireAccount>{() => <MyRepairs />}</RequireAccount>
}

function MyRepairs() {
  const { t, date } = useI18n()
  const { shop } = useClients()
  const list = useQuery({ queryKey: ["repairs"], queryFn: () => shop.repairs.list({ limit: 50 }) })
  return (
    <div className="account">
      <AccountNav />
      <section>
        <h1>{t("account.repairs")}</h1>
        {list.isLoading ? <p role="status">{t("common.loading")}</p> : null}
        {list.data && !list.data.repairs.length ? <p>{t("repairs.none")}</p> : null}
        <ul className="wins" data-testid="repairs">
          {list.data?.repairs.map((r) => (
            <li key={r.id} className="card" data-repair={r.id}>
              <h2>
                {r.device.brand} {r.device.model}
              </h2>
              <p>
                <strong>{t(`repairs.status.${r.status}`)}</strong> · {t("repairs.created", { date: date(r.created_at) })}
              </p>
              {r.estimate?.status === "pending" ? <p className="notice">{t("repairs.estimate.pending")}</p> : null}
              <Link className="btn" to={`/account/reparaties/${encodeURIComponent(r.id)}`}>
                {t("repairs.open")}
                <span className="sr-only">
                  : {r.device.brand} {r.device.model}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}

/** One repair: timeline, estimate decision, file-access consent with the visibility warning, backups and requests. */
export function RepairPage() {
  return <RequireAccount>{() => <Repair />}</RequireAccount>
}

function Repair() {
  const { t, date, money, locale } = useI18n()
  const { shop } = useClients()
  const { id } = useParams()
  const qc = useQueryClient()
  const repair = useQuery({ queryKey: ["repair", id], queryFn: () => shop.repairs.retrieve(id!) })
  const texts = useQuery({ queryKey: ["repair-texts", locale], queryFn: () => shop.repairs.texts({ locale }) })
  const set = (res: { repair: StoreRepair }) => {
    qc.setQueryData(["repair", id], { repair: res.repair })
    return qc.invalidateQueries({ queryKey: ["repairs"] })
  }
  const estimate = useMutation({ mutationFn: (decision: "approved" | "declined") => shop.repairs.decideEstimate(id!, { decision }), onSuccess: set })
  if (repair.isLoading) return <p role="status">{t("common.loading")}</p>
  if (!repair.data) return <p role="alert">{errorMessage(repair.error)}</p>
  const r = repair.data.repair
  const text = (kind: string) => texts.data?.texts.find((x) => x.kind === kind)
  return (
    <div className="account">
      <AccountNav />
      <article data-testid="repair" data-status={r.status}>
        <p>
          <Link to="/account/reparaties">{t("repairs.back")}</Link>
        </p>
        <h1>
          {r.device.brand} {r.device.model}
        </h1>
        <dl className="facts">
          <dt>{t("repairs.status")}</dt>
          <dd data-testid="repair-status">{t(`repairs.status.${r.status}`)}</dd>
          <dt>{t("repairs.workType")}</dt>
          <dd>{t(`repairs.workType.${r.work_type as "reinstall"}`) ?? r.work_type}</dd>
          <dt>{t("repairs.problem")}</dt>
          <dd>{r.problem}</dd>
          {r.accessories.length ? (
            <>
              <dt>{t("repairs.accessories")}</dt>
              <dd>{r.accessories.join(", ")}</dd>
            </>
          ) : null}
        </dl>
        <h2>{t("repairs.timeline")}</h2>
        <Timeline history={r.history.map((h) => ({ status: h.to_status, at: h.at }))} />

        <section aria-labelledby="estimate-title" className="step">
          <h2 id="estimate-title">{t("repairs.estimate")}</h2>
          {r.estimate ? (
            <>
              <p data-testid="estimate">
                {t("repairs.estimateAmount", { amount: money(r.estimate.amount) })} · <strong>{t(`repairs.estimate.${r.estimate.status}`)}</strong>
              </p>
              {r.estimate.note ? <p>{r.estimate.note}</p> : null}
              {r.estimate.status === "pending" && r.status === "awaiting_approval" ? (
                <div className="actions">
                  <button type="button" className="btn primary" disabled={estimate.isPending} onClick={() => estimate.mutate("approved")}>
                    {t("repairs.approve")}
                  </button>
                  <button type="button" className="btn" disabled={estimate.isPending} onClick={() => estimate.mutate("declined")}>
                    {t("repairs.decline")}
                  </button>
                </div>
              ) : null}
            </>
          ) : (
            <p>{t("repairs.estimate.none")}</p>
          )}
          {estimate.isError ? (
            <p role="alert" className="error">
              {errorMessage(estimate.error)}
            </p>
          ) : null}
        </section>

        <Consent repair={r} onChange={set} fileText={text("file_access")} visibilityText={text("visibility")} scopes={texts.data?.scopes ?? []} />
        <Backups repair={r} onChange={set} earlyText={text("early_deletion")} />
      </article>
    </div>
  )
}

type Text = { version: string; title: string; body: string } | undefined

function Consent({
  repair: r,
  onChange,
  fileText,
  visibilityText,
  scopes,
}: {
  repair: StoreRepair
  onChange: (res: { repair: StoreRepair }) => unknown
  fileText: Text
  visibilityText: Text
  scopes: { scope: RepairConsentScope; label: string }[]
}) {
  const { t, date } = useI18n()
  const { shop } = useClients()
  const [chosen, setChosen] = useState<RepairConsentScope[]>([])
  const [ack, setAck] = useState(false)
  const [missingAck, setMissingAck] = useState(false)
  const active = r.consents.filter((c) => !c.withdrawn_at)
  const label = (s: RepairConsentScope) => scopes.find((x) => x.scope === s)?.label ?? s
  const give = useMutation({
    mutationFn: async () => {
      if (!r.visibility_acknowledged_at) await shop.repairs.acknowledgeVisibility(r.id, { text_version: visibilityText!.version })
      return shop.repairs.giveConsent(r.id, { scopes: chosen, text_version: fileText!.version })
    },
    onSuccess: (res) => {
      setChosen([])
      return onChange(res)
    },
  })
  const withdraw = useMutation({ mutationFn: (s?: RepairConsentScope) => shop.repairs.withdrawConsent(r.id, s ? { scopes: [s] } : {}), onSuccess: onChange })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!r.visibility_acknowledged_at && !ack) return setMissingAck(true)
    setMissingAck(false)
    give.mutate()
  }
  return (
    <section aria-labelledby="consent-title" className="step" data-testid="consent">
      <h2 id="consent-title">{t("repairs.consentTitle")}</h2>
      {active.length ? (
        <>
          <p>{t("repairs.consentCurrent")}</p>
          <ul data-testid="active-consents">
            {active.map((c) => (
              <li key={c.scope} data-scope={c.scope}>
                {label(c.scope)} <span className="muted">({t("repairs.consentGiven", { date: date(c.given_at, true) })})</span>{" "}
                <button type="button" className="link" onClick={() => withdraw.mutate(c.scope)} disabled={withdraw.isPending}>
                  {t("repairs.withdrawScope", { scope: label(c.scope) })}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="btn" onClick={() => withdraw.mutate(undefined)} disabled={withdraw.isPending}>
            {t("repairs.withdraw")}
          </button>
        </>
      ) : (
        <p>{t("repairs.consentNone")}</p>
      )}
      {fileText && visibilityText ? (
        <form className="stack" onSubmit={submit}>
          <h3>{fileText.title}</h3>
          <p className="policy-text">{fileText.body}</p>
          <div className="notice" id="visibility-warning">
            <h3>{visibilityText.title}</h3>
            <p className="policy-text">{visibilityText.body}</p>
            {r.visibility_acknowledged_at ? (
              <p>{t("repairs.visibilityDone", { date: date(r.visibility_acknowledged_at, true) })}</p>
            ) : (
              <div className="check">
                <input id="visibility-ack" type="checkbox" checked={ack} onChange={(e) => setAck(e.target.checked)} aria-describedby="visibility-warning" />
                <label htmlFor="visibility-ack">{t("repairs.visibilityAck")}</label>
              </div>
            )}
          </div>
          <fieldset>
            <legend>{t("repairs.consentScopes")}</legend>
            {scopes
              .filter((s) => !active.some((c) => c.scope === s.scope))
              .map((s) => (
                <div className="check" key={s.scope}>
                  <input
                    id={`scope-${s.scope}`}
                    type="checkbox"
                    checked={chosen.includes(s.scope)}
                    onChange={(e) => setChosen(e.target.checked ? [...chosen, s.scope] : chosen.filter((x) => x !== s.scope))}
                  />
                  <label htmlFor={`scope-${s.scope}`}>{s.label}</label>
                </div>
              ))}
          </fieldset>
          <button type="submit" className="btn primary" disabled={!chosen.length || give.isPending}>
            {t("repairs.giveConsent")}
          </button>
          {missingAck ? (
            <p role="alert" className="error">
              {t("repairs.visibilityRequired")}
            </p>
          ) : null}
        </form>
      ) : null}
      {give.isError || withdraw.isError ? (
        <p role="alert" className="error">
          {errorMessage(give.error ?? withdraw.error)}
        </p>
      ) : null}
    </section>
  )
}

function Backups({ repair: r, onChange, earlyText }: { repair: StoreRepair; onChange: (res: { repair: StoreRepair }) => unknown; earlyText: Text }) {
  const { t, date } = useI18n()
  const { shop } = useClients()
  const [ownRisk, setOwnRisk] = useState(false)
  const request = useMutation({ mutationFn: (body: RepairRequestBody) => shop.repairs.request(r.id, body), onSuccess: onChange })
  const form = (build: (f: FormData) => RepairRequestBody) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const f = new FormData(e.currentTarget)
    request.mutate(build(f))
    e.currentTarget.reset()
  }
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
  return (
    <section aria-labelledby="backups-title" className="step">
      <h2 id="backups-title">{t("repairs.backupsTitle")}</h2>
      {r.backups.length ? (
        <ul>
          {r.backups.map((b) => (
            <li key={b.id}>
              {b.removed_at
                ? t("repairs.backupRemoved", { category: b.category, date: date(b.removed_at) })
                : b.delete_on
                  ? t("repairs.backupDeleteOn", { category: b.category, date: date(b.delete_on) })
                  : t("repairs.backupPending", { category: b.category })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("repairs.noBackups")}</p>
      )}
      {r.deletion_certificates.length ? (
        <>
          <h3>{t("repairs.certificates")}</h3>
          <ul>
            {r.deletion_certificates.map((c) => (
              <li key={c.backup_id}>
                {c.category}: {date(c.removed_at)} <code>{c.sha256.slice(0, 16)}…</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.requests.length ? (
        <>
          <h3>{t("repairs.requests")}</h3>
          <ul data-testid="repair-requests">
            {r.requests.map((q, i) => (
              <li key={i}>
                {q.kind === "keep_longer"
                  ? t("repairs.request.keep_longer", { date: date(q.keep_until) })
                  : q.kind === "delete_sooner"
                    ? t("repairs.request.delete_sooner")
                    : t("repairs.request.data_wish", { text: q.text ?? "" })}{" "}
                <span className="muted">({date(q.at)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.backups.some((b) => !b.removed_at) ? (
        <>
          <form className="inline-form" onSubmit={form((f) => ({ kind: "keep_longer", keep_until: String(f.get("keep_until")) }))}>
            <label htmlFor="keep-until">{t("repairs.keepLonger")}</label>
            <input id="keep-until" name="keep_until" type="date" min={tomorrow} required />
            <button type="submit" className="btn" disabled={request.isPending}>
              {t("repairs.keepLongerButton")}
            </button>
          </form>
          {earlyText ? (
            <form className="stack" onSubmit={form(() => ({ kind: "delete_sooner", own_risk_acknowledged: true, text_version: earlyText.version }))}>
              <h3>{earlyText.title}</h3>
              <p className="policy-text">{earlyText.body}</p>
              <div className="check">
                <input id="own-risk" type="checkbox" checked={ownRisk} onChange={(e) => setOwnRisk(e.target.checked)} required />
                <label htmlFor="own-risk">{t("repairs.deleteSooner")}</label>
              </div>
              <button type="submit" className="btn" disabled={!ownRisk || request.isPending}>
                {t("repairs.deleteSoonerButton")}
              </button>
            </form>
          ) : null}
        </>
      ) : null}
      <form className="stack" onSubmit={form((f) => ({ kind: "data_wish", text: String(f.get("text")) }))}>
        <label htmlFor="data-wish">{t("repairs.dataWish")}</label>
        <textarea id="data-wish" name="text" rows={3} maxLength={2000} required />
        <button type="submit" className="btn" disabled={request.isPending}>
          {t("repairs.dataWishButton")}
        </button>
      </form>
      {request.isSuccess ? <p role="status">{t("repairs.requestSent")}</p> : null}
      {request.isError ? (
        <p role="alert" className="error">
          {errorMessage(request.error)}
        </p>
      ) : null}
    </section>
  )
}

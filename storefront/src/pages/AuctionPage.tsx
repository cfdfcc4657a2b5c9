import type { AuctionLot } from "@softshop/medusa-js"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useEffect, useState } from "react"
import { Link, useLocation, useParams } from "react-router-dom"
import { Countdown, useServerOffset } from "../components/Countdown"
import { useI18n } from "../i18n"
import { errorMessage, useClients } from "../sdk"
import { useCustomer } from "../store"
import { NotFoundPage } from "./NotFoundPage"

/** One lot: live over Server-Sent Events, countdown by server time, bid with optional maximum. */
export function AuctionPage() {
  const { t, money, date } = useI18n()
  const { shop } = useClients()
  const { id } = useParams()
  const qc = useQueryClient()
  const customer = useCustomer()
  const location = useLocation()
  const [serverTime, setServerTime] = useState<string>()
  const [live, setLive] = useState(false)
  const lot = useQuery({
    queryKey: ["auction", id],
    queryFn: async () => {
      try {
        const r = await shop.auctions.retrieve(id!)
        setServerTime(r.server_time)
        return r.auction
      } catch (e) {
        if ((e as { status?: number }).status === 404) return null
        throw e
      }
    },
  })
  const bids = useQuery({
    queryKey: ["auction-bids", id, customer.data?.id ?? null],
    queryFn: async () => (await shop.auctions.listBids(id!)).bids,
  })

  // Live updates: a fetch-based SSE reader (the js-sdk sends the publishable key and the JWT).
  useEffect(() => {
    let stop: (() => void) | undefined
    let cancelled = false
    const setLot = (auction: AuctionLot, time: string) => {
      qc.setQueryData(["auction", id], auction)
      setServerTime(time)
    }
    shop.auctions
      .subscribe(id!, (e) => {
        if (e.event === "snapshot") setLot(e.data.auction, e.data.server_time)
        else if (e.event === "bid") {
          setLot(e.data.auction, e.data.server_time)
          qc.invalidateQueries({ queryKey: ["auction-bids", id] })
        } else if (e.event === "closed" || e.event === "cancelled") {
          qc.invalidateQueries({ queryKey: ["auction", id] })
          qc.invalidateQueries({ queryKey: ["auction-bids", id] })
        }
        if (e.event === "ping") setServerTime(e.data.server_time)
        setLive(true)
      })
      .then((s) => {
        if (cancelled) s.abort()
        else {
          stop = s.abort
          s.done.catch(() => undefined).finally(() => setLive(false))
        }
      })
      .catch(() => setLive(false))
    return () => {
      cancelled = true
      stop?.()
    }
  }, [id, qc, shop])

  const offset = useServerOffset(serverTime)
  const [amount, setAmount] = useState("")
  const [max, setMax] = useState("")
  const bid = useMutation({
    mutationFn: () => shop.auctions.placeBid(id!, { amount: Number(amount.replace(",", ".")), ...(max ? { max_amount: Number(max.replace(",", ".")) } : {}) }),
    onSuccess: (r) => {
      qc.setQueryData(["auction", id], r.auction)
      qc.invalidateQueries({ queryKey: ["auction-bids", id] })
      setAmount("")
      setMax("")
    },
  })
  const buyNow = useMutation({ mutationFn: () => shop.auctions.buyNow(id!) })

  if (lot.isLoading) return <p role="status">{t("common.loading")}</p>
  if (!lot.data) return <NotFoundPage />
  const l = lot.data
  const open = l.status === "active"
  const submit = (e: FormEvent) => {
    e.preventDefault()
    bid.mutate()
  }
  return (
    <article className="auction-page">
      <p>
        <Link to="/veiling">← {t("auction.title")}</Link>
      </p>
      <h1>{l.title ?? t("auction.lot")}</h1>
      <p className="muted" aria-live="polite" data-testid="live-state">
        {live ? t("auction.live") : t("auction.notLive")}
      </p>
      <dl className="facts">
        <dt>{l.current_price !== null ? t("auction.currentBid") : t("auction.startingPrice")}</dt>
        <dd className="price big" data-testid="current-price" aria-live="polite">
          {money(l.current_price ?? l.starting_price, l.currency_code)}
        </dd>
        {l.minimum_next_bid !== null ? (
          <>
            <dt>{t("auction.minimumNext")}</dt>
            <dd data-testid="minimum-next">{money(l.minimum_next_bid, l.currency_code)}</dd>
          </>
        ) : null}
        <dt>{l.status === "scheduled" ? t("auction.startsIn") : t("auction.endsIn")}</dt>
        <dd>
          <Countdown to={l.status === "scheduled" ? l.starts_at : l.ends_at} offset={offset} /> <span className="muted">({date(l.ends_at, true)})</span>
        </dd>
        <dt>{t("auction.bidsLabel")}</dt>
        <dd>{t("auction.bidsAndBidders", { bids: l.bid_count, bidders: l.bidder_count })}</dd>
        {l.has_reserve ? (
          <>
            <dt>{t("auction.reserve")}</dt>
            <dd>{l.reserve_met ? t("auction.reserveMet") : t("auction.reserveNotMet")}</dd>
          </>
        ) : null}
        <dt>{t("auction.status")}</dt>
        <dd data-testid="lot-status">{t(`auction.state.${l.status}`)}</dd>
      </dl>
      <p className="muted">
        {t("auction.antiSniping", { minutes: Math.round(l.anti_sniping.window_seconds / 60), extension: Math.round(l.anti_sniping.extension_seconds / 60) })}
      </p>

      {open ? (
        customer.data ? (
          <form onSubmit={submit} className="stack narrow bid-form">
            <label htmlFor="bid-amount">{t("auction.yourBid")}</label>
            <input
              id="bid-amount"
              inputMode="decimal"
              required
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              placeholder={l.minimum_next_bid?.toFixed(2) ?? ""}
              aria-describedby="bid-help"
            />
            <p id="bid-help" className="muted">
              {t("auction.bidHelp", { amount: money(l.minimum_next_bid, l.currency_code) })}
            </p>
            <label htmlFor="bid-max">{t("auction.maxBid")}</label>
            <input id="bid-max" inputMode="decimal" value={max} onChange={(e) => setMax(e.target.value)} aria-describedby="bid-max-help" />
            <p id="bid-max-help" className="muted">
              {t("auction.maxHelp")}
            </p>
            <button type="submit" className="btn primary" disabled={bid.isPending}>
              {t("auction.placeBid")}
            </button>
            {bid.isSuccess ? (
              <p role="status" data-testid="bid-result">
                {bid.data.bid.is_leading ? t("auction.leading") : t("auction.outbid")}
              </p>
            ) : null}
            {bid.isError ? (
              <p role="alert" className="error">
                {errorMessage(bid.error)}
              </p>
            ) : null}
          </form>
        ) : (
          <p>
            <Link to={`/account/inloggen?next=${encodeURIComponent(location.pathname)}`}>{t("auction.loginToBid")}</Link>
          </p>
        )
      ) : null}
      {open && l.buy_now_price !== null && customer.data ? (
        <p>
          {buyNow.isSuccess && buyNow.data.cart_id ? (
            <Link className="btn primary" to={`/afrekenen?cart=${encodeURIComponent(buyNow.data.cart_id)}`}>
              {t("auction.payNow")}
            </Link>
          ) : (
            <button className="btn" onClick={() => buyNow.mutate()} disabled={buyNow.isPending}>
              {t("auction.buyNow", { amount: money(l.buy_now_price, l.currency_code) })}
            </button>
          )}
          {buyNow.isError ? (
            <span role="alert" className="error">
              {" "}
              {errorMessage(buyNow.error)}
            </span>
          ) : null}
        </p>
      ) : null}

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("auction.history")}</h2>
        {bids.data && !bids.data.length ? <p>{t("auction.noBids")}</p> : null}
        <ol className="bids" data-testid="bid-history">
          {bids.data?.map((b) => (
            <li key={b.id} className={b.is_mine ? "mine" : undefined} data-mine={b.is_mine ? "true" : undefined}>
              <strong>{money(b.price_after ?? b.amount, l.currency_code)}</strong> — {b.bidder ?? t("auction.bidder")}
              {b.is_mine ? <span className="badge"> {t("auction.you")}</span> : null} <span className="muted">{date(b.created_at, true)}</span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  )
}

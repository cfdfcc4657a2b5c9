import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { Countdown, useServerOffset } from "../components/Countdown"
import { useI18n } from "../i18n"
import { useClients } from "../sdk"

/** Softshop Veiling: the open lots, soonest ending first. */
export function AuctionsPage() {
  const { t, money } = useI18n()
  const { shop } = useClients()
  const lots = useQuery({ queryKey: ["auctions"], queryFn: () => shop.auctions.list({ limit: 50 }), refetchInterval: 30_000 })
  const offset = useServerOffset(lots.data?.server_time)
  return (
    <section>
      <h1>{t("auction.title")}</h1>
      <p className="lead">{t("auction.lead")}</p>
      {lots.isLoading ? <p role="status">{t("common.loading")}</p> : null}
      {lots.data && !lots.data.auctions.length ? <p>{t("auction.none")}</p> : null}
      <ul className="grid" data-testid="lots">
        {lots.data?.auctions.map((l) => (
          <li key={l.id} className="card">
            <h2>
              <Link to={`/veiling/${l.id}`}>{l.title ?? t("auction.lot")}</Link>
            </h2>
            <p className="price">
              {l.current_price !== null ? money(l.current_price, l.currency_code) : money(l.starting_price, l.currency_code)}{" "}
              <span className="muted">{l.current_price !== null ? t("auction.currentBid") : t("auction.startingPrice")}</span>
            </p>
            <p className="muted">{t("auction.bids", { count: l.bid_count })}</p>
            <p>
              {l.status === "scheduled" ? t("auction.startsIn") : t("auction.endsIn")}{" "}
              <Countdown to={l.status === "scheduled" ? l.starts_at : l.ends_at} offset={offset} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}

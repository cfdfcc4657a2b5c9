import { useQuery } from "@tanstack/react-query"
import { useEffect, useRef } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { AccountNav } from "../components/AccountNav"
import { RequireAccount } from "../components/RequireAccount"
import { useI18n } from "../i18n"
import { useClients } from "../sdk"

/**
 * "Mijn veilingen": the lots the customer won or was offered as runner-up, with the cart to pay
 * before the deadline. The won / reminder mails link here with `?pay=<lot id>`.
 */
export function MyAuctionsPage() {
  return <RequireAccount>{() => <MyAuctions />}</RequireAccount>
}

function MyAuctions() {
  const { t, money, date } = useI18n()
  const { shop } = useClients()
  const [params] = useSearchParams()
  const pay = params.get("pay")
  const wins = useQuery({ queryKey: ["auction-wins"], queryFn: () => shop.auctions.listWins({ limit: 50 }) })
  const payLink = useRef<HTMLAnchorElement>(null)
  useEffect(() => {
    if (pay && wins.data) payLink.current?.focus()
  }, [pay, wins.data])
  return (
    <div className="account">
      <AccountNav />
      <section>
        <h1>{t("account.auctions")}</h1>
        <p>
          <Link to="/veiling">{t("home.auction")}</Link>
        </p>
        {wins.isLoading ? <p role="status">{t("common.loading")}</p> : null}
        {wins.data && !wins.data.wins.length ? <p>{t("wins.none")}</p> : null}
        <ul className="wins" data-testid="wins">
          {wins.data?.wins.map((w) => {
            const chosen = w.lot_id === pay
            return (
              <li key={w.lot_id} className={`card${chosen ? " chosen" : ""}`} data-lot={w.lot_id} data-status={w.status}>
                {w.thumbnail ? <img src={w.thumbnail} alt={w.title ?? t("auction.lot")} width={120} height={90} /> : null}
                <h2>{w.title ?? t("auction.lot")}</h2>
                <p>
                  {t(`wins.kind.${w.kind}`)}: <strong>{money(w.amount, w.currency_code)}</strong>
                </p>
                <p data-testid="win-status">{t(`wins.status.${w.status}`)}</p>
                {w.status === "awaiting_payment" && w.cart_id ? (
                  <>
                    <p>{t("wins.payBefore", { date: date(w.pay_before, true) })}</p>
                    <Link ref={chosen ? payLink : undefined} className="btn primary" to={`/afrekenen?cart=${encodeURIComponent(w.cart_id)}`}>
                      {t("wins.pay")}
                    </Link>
                  </>
                ) : null}
              </li>
            )
          })}
        </ul>
        {pay && wins.data && !wins.data.wins.some((w) => w.lot_id === pay) ? <p role="alert">{t("wins.unknown")}</p> : null}
      </section>
    </div>
  )
}

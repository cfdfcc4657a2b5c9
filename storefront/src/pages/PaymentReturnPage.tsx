import { useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { useI18n } from "../i18n"
import { useClients } from "../sdk"
import { cartId, PENDING_CART_KEY } from "../store"
import type { StoreCart } from "../types"

const POLL_MS = 1500
const PENDING_AFTER_MS = 90_000

/**
 * Where MultiSafepay sends the customer back (`redirectUrl` / `cancelUrl` of the provider).
 * The order is made by the webhook, not by this page: it polls the cart until it is completed
 * and then shows the order; meanwhile it says the payment is being processed.
 */
export function PaymentReturnPage({ mode }: { mode: "return" | "cancel" }) {
  const { t, money } = useI18n()
  const { sdk } = useClients()
  const [pendingId] = useState(() => localStorage.getItem(PENDING_CART_KEY))
  const [started] = useState(() => Date.now())
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), PENDING_AFTER_MS)
    return () => clearTimeout(timer)
  }, [])

  const cart = useQuery({
    queryKey: ["return-cart", pendingId],
    enabled: !!pendingId && mode === "return",
    queryFn: async () => (await sdk.store.cart.retrieve(pendingId!, { fields: "id,completed_at" })).cart as StoreCart,
    refetchInterval: (q) => (q.state.data?.completed_at || Date.now() - started > 10 * 60_000 ? false : POLL_MS),
  })
  const completed = !!cart.data?.completed_at
  const order = useQuery({
    queryKey: ["return-order", pendingId],
    enabled: completed,
    queryFn: async () =>
      (await sdk.store.order.list({ limit: 1, order: "-created_at", fields: "id,display_id,status,total,currency_code,created_at,payment_status" }))
        .orders[0] ?? null,
  })
  useEffect(() => {
    if (order.data) {
      if (cartId.get() === pendingId) cartId.clear()
      localStorage.removeItem(PENDING_CART_KEY)
    }
  }, [order.data, pendingId])

  if (mode === "cancel") {
    return (
      <section data-payment-state="failed">
        <h1>{t("payment.failedTitle")}</h1>
        <p role="status">{t("payment.failed")}</p>
        <p>
          <Link className="btn primary" to={pendingId ? `/afrekenen?cart=${encodeURIComponent(pendingId)}` : "/winkelwagen"}>
            {t("payment.tryAgain")}
          </Link>
        </p>
      </section>
    )
  }
  if (!pendingId) {
    return (
      <section>
        <h1>{t("payment.title")}</h1>
        <p>{t("payment.unknown")}</p>
        <Link to="/account/bestellingen">{t("account.orders")}</Link>
      </section>
    )
  }
  if (order.data) {
    const o = order.data
    return (
      <section data-payment-state="received">
        <h1>{t("payment.receivedTitle")}</h1>
        <p role="status" data-testid="order-confirmation">
          {t("payment.received", { number: o.display_id ?? o.id })}
        </p>
        <p>
          {t("cart.total")}: {money(o.total, o.currency_code)}
        </p>
        <Link className="btn primary" to={`/account/bestellingen/${o.id}`}>
          {t("payment.viewOrder")}
        </Link>
      </section>
    )
  }
  return (
    <section data-payment-state="pending">
      <h1>{t("payment.title")}</h1>
      <p role="status" aria-live="polite">
        {slow ? t("payment.pendingSlow") : t("payment.pending")}
      </p>
      <div className="spinner" aria-hidden="true" />
    </section>
  )
}

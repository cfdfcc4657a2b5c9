import { useQuery } from "@tanstack/react-query"
import { Link, useParams } from "react-router-dom"
import { AccountNav } from "../components/AccountNav"
import { RequireAccount } from "../components/RequireAccount"
import { useI18n } from "../i18n"
import { useClients } from "../sdk"
import type { StoreOrder } from "../types"
import { NotFoundPage } from "./NotFoundPage"

const ORDER_FIELDS = "id,display_id,status,created_at,total,tax_total,shipping_total,currency_code,payment_status,fulfillment_status,*items,*shipping_address"

export function statusText(t: ReturnType<typeof useI18n>["t"], o: Pick<StoreOrder, "status" | "payment_status" | "fulfillment_status">) {
  if (o.status === "canceled") return t("orders.canceled")
  if (o.fulfillment_status === "delivered") return t("orders.delivered")
  if (o.fulfillment_status === "shipped" || o.fulfillment_status === "partially_shipped") return t("orders.shipped")
  if (o.payment_status === "captured" || o.payment_status === "authorized") return t("orders.paid")
  return t("orders.received")
}

export function OrdersPage() {
  return <RequireAccount>{() => <Orders />}</RequireAccount>
}

function Orders() {
  const { t, money, date } = useI18n()
  const { sdk } = useClients()
  const orders = useQuery({
    queryKey: ["orders"],
    queryFn: async () => (await sdk.store.order.list({ limit: 50, order: "-created_at", fields: ORDER_FIELDS })).orders,
  })
  return (
    <div className="account">
      <AccountNav />
      <section>
        <h1>{t("account.orders")}</h1>
        {orders.isLoading ? <p role="status">{t("common.loading")}</p> : null}
        {orders.data && !orders.data.length ? <p>{t("orders.none")}</p> : null}
        {orders.data?.length ? (
          <table className="lines" data-testid="orders">
            <caption className="sr-only">{t("account.orders")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("orders.number")}</th>
                <th scope="col">{t("orders.date")}</th>
                <th scope="col">{t("orders.status")}</th>
                <th scope="col">{t("cart.total")}</th>
              </tr>
            </thead>
            <tbody>
              {orders.data.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link to={`/account/bestellingen/${o.id}`}>#{o.display_id}</Link>
                  </td>
                  <td>{date(o.created_at as string)}</td>
                  <td>{statusText(t, o)}</td>
                  <td>{money(o.total, o.currency_code)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </div>
  )
}

export function OrderPage() {
  return <RequireAccount>{() => <Order />}</RequireAccount>
}

function Order() {
  const { t, money, date } = useI18n()
  const { sdk } = useClients()
  const { id } = useParams()
  const order = useQuery({
    queryKey: ["order", id],
    queryFn: async () => {
      try {
        return (await sdk.store.order.retrieve(id!, { fields: ORDER_FIELDS })).order
      } catch (e) {
        if ((e as { status?: number }).status === 404) return null
        throw e
      }
    },
  })
  if (order.isLoading) return <p role="status">{t("common.loading")}</p>
  if (!order.data) return <NotFoundPage />
  const o = order.data
  return (
    <div className="account">
      <AccountNav />
      <section>
        <h1>{t("orders.order", { number: o.display_id ?? o.id })}</h1>
        <p>
          {t("orders.date")}: {date(o.created_at as string, true)}
        </p>
        <p data-testid="order-status">
          {t("orders.status")}: <strong>{statusText(t, o)}</strong>
        </p>
        <ul>
          {o.items?.map((i) => (
            <li key={i.id}>
              {i.quantity} × {i.product_title} <span className="muted">{i.variant_title}</span> — {money(i.total, o.currency_code)}
            </li>
          ))}
        </ul>
        <dl className="totals">
          <dt>{t("checkout.shipping")}</dt>
          <dd>{money(o.shipping_total, o.currency_code)}</dd>
          <dt>{t("cart.vatIncluded")}</dt>
          <dd>{money(o.tax_total, o.currency_code)}</dd>
          <dt>{t("cart.total")}</dt>
          <dd>{money(o.total, o.currency_code)}</dd>
        </dl>
        {o.shipping_address ? (
          <p>
            {t("checkout.address")}: {o.shipping_address.first_name} {o.shipping_address.last_name}, {o.shipping_address.address_1},{" "}
            {o.shipping_address.postal_code} {o.shipping_address.city}
          </p>
        ) : null}
      </section>
    </div>
  )
}

import { useMutation, useQueryClient } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { useI18n } from "../i18n"
import { errorMessage, useClients } from "../sdk"
import { cartId, useCart } from "../store"

export function CartPage() {
  const { t, money } = useI18n()
  const { sdk } = useClients()
  const qc = useQueryClient()
  const cart = useCart()
  const id = cartId.get()
  const update = useMutation({
    mutationFn: async ({ lineId, quantity }: { lineId: string; quantity: number }) =>
      quantity > 0 ? (await sdk.store.cart.updateLineItem(id!, lineId, { quantity })).cart : (await sdk.store.cart.deleteLineItem(id!, lineId)).parent!,
    onSuccess: () => qc.invalidateQueries({ queryKey: ["cart"] }),
  })
  if (cart.isLoading) return <p role="status">{t("common.loading")}</p>
  const items = cart.data?.items ?? []
  if (!cart.data || !items.length) {
    return (
      <section>
        <h1>{t("cart.title")}</h1>
        <p>{t("cart.empty")}</p>
        <Link to="/producten">{t("home.shop")}</Link>
      </section>
    )
  }
  const c = cart.data
  return (
    <section>
      <h1>{t("cart.title")}</h1>
      <table className="lines">
        <caption className="sr-only">{t("cart.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("cart.product")}</th>
            <th scope="col">{t("product.quantity")}</th>
            <th scope="col">{t("cart.total")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td>
                {i.thumbnail ? <img src={i.thumbnail} alt={i.product_title ?? i.title} width={64} height={48} /> : null} {i.product_title}{" "}
                <span className="muted">{i.variant_title}</span>
              </td>
              <td>
                <label htmlFor={`qty-${i.id}`} className="sr-only">
                  {t("cart.quantityOf", { name: i.product_title ?? i.title })}
                </label>
                <input
                  id={`qty-${i.id}`}
                  type="number"
                  min={0}
                  defaultValue={i.quantity}
                  onBlur={(e) => {
                    const q = Math.max(0, Number(e.target.value) || 0)
                    if (q !== i.quantity) update.mutate({ lineId: i.id, quantity: q })
                  }}
                />{" "}
                <button className="link" onClick={() => update.mutate({ lineId: i.id, quantity: 0 })}>
                  {t("cart.remove")}
                </button>
              </td>
              <td>{money(i.total, c.currency_code)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {update.isError ? (
        <p role="alert" className="error">
          {errorMessage(update.error)}
        </p>
      ) : null}
      <dl className="totals">
        <dt>{t("cart.subtotal")}</dt>
        <dd>{money(c.item_total, c.currency_code)}</dd>
        <dt>{t("cart.vatIncluded")}</dt>
        <dd>{money(c.tax_total, c.currency_code)}</dd>
        <dt>{t("cart.total")}</dt>
        <dd data-testid="cart-total">{money(c.total, c.currency_code)}</dd>
      </dl>
      <p className="muted">{t("cart.accountOnly")}</p>
      <Link className="btn primary" to="/afrekenen">
        {t("cart.checkout")}
      </Link>
    </section>
  )
}

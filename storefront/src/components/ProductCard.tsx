import { Link } from "react-router-dom"
import { useI18n } from "../i18n"
import type { StoreProduct, StoreVariant } from "../types"

export function cheapest(product: StoreProduct) {
  const prices = (product.variants ?? [])
    .map((v) => (v as StoreVariant).calculated_price)
    .filter((p): p is NonNullable<StoreVariant["calculated_price"]> => !!p && p.calculated_amount !== null)
  return prices.sort((a, b) => Number(a.calculated_amount) - Number(b.calculated_amount))[0]
}

/** Price incl. BTW (the shop's prices are tax-inclusive; with a tax context Medusa also gives the amount with tax). */
export function inclVat(p: NonNullable<StoreVariant["calculated_price"]> | undefined) {
  if (!p) return null
  const withTax = (p as { calculated_amount_with_tax?: number | null }).calculated_amount_with_tax
  return Number(withTax ?? p.calculated_amount)
}

export function ProductCard({ product }: { product: StoreProduct }) {
  const { t, money } = useI18n()
  const price = cheapest(product)
  const multiple = (product.variants?.length ?? 0) > 1
  return (
    <li className="card product-card">
      <Link to={`/product/${product.handle}`}>
        {product.thumbnail ? <img src={product.thumbnail} alt={product.title} width={400} height={300} loading="lazy" /> : null}
        <h3>{product.title}</h3>
      </Link>
      {product.subtitle ? <p className="muted">{product.subtitle}</p> : null}
      <p className="price">
        {multiple ? `${t("product.from")} ` : ""}
        {money(inclVat(price), price?.currency_code ?? "eur")} <span className="muted">{t("product.inclVat")}</span>
      </p>
    </li>
  )
}

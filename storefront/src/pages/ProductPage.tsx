import { useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { inclVat } from "../components/ProductCard"
import { ProductReviews } from "../components/ProductReviews"
import { useI18n } from "../i18n"
import { errorMessage, useClients } from "../sdk"
import { PRODUCT_FIELDS, useAddToCart, useRegion } from "../store"
import type { StoreVariant } from "../types"
import { NotFoundPage } from "./NotFoundPage"

type RankedVariant = { variant_rank?: number | null; calculated_price?: { calculated_amount?: number | null } | null; title?: string | null }

/**
 * The API returns variants in no guaranteed order (PostgreSQL's row order moves
 * when a variant is updated): rank first, then the cheapest, then the title.
 */
function byRank<T extends RankedVariant>(variants: T[] | null | undefined): T[] {
  return [...(variants ?? [])].sort(
    (a, b) =>
      (a.variant_rank ?? 0) - (b.variant_rank ?? 0) ||
      (a.calculated_price?.calculated_amount ?? 0) - (b.calculated_price?.calculated_amount ?? 0) ||
      (a.title ?? "").localeCompare(b.title ?? "")
  )
}

export function ProductPage() {
  const { t, money } = useI18n()
  const { sdk } = useClients()
  const { handle } = useParams()
  const region = useRegion()
  const product = useQuery({
    queryKey: ["product", handle, region.data?.id],
    enabled: region.isSuccess,
    queryFn: async () => (await sdk.store.product.list({ handle, region_id: region.data?.id, country_code: "nl", fields: PRODUCT_FIELDS })).products[0] ?? null,
  })
  const [variantId, setVariantId] = useState<string>()
  const [quantity, setQuantity] = useState(1)
  const add = useAddToCart()
  useEffect(() => {
    if (product.data && !variantId) setVariantId(byRank(product.data.variants)?.[0]?.id)
  }, [product.data, variantId])

  if (product.isLoading || region.isLoading) return <p role="status">{t("common.loading")}</p>
  if (!product.data) return <NotFoundPage />
  const p = product.data
  const variant = p.variants?.find((v) => v.id === variantId) as StoreVariant | undefined
  const price = variant?.calculated_price ?? undefined
  const gross = inclVat(price)
  const net = (price as { calculated_amount_without_tax?: number | null } | undefined)?.calculated_amount_without_tax
  const managed = variant?.manage_inventory !== false
  const stock = variant?.inventory_quantity ?? null
  const soldOut = managed && stock !== null && stock <= 0
  const images = p.images?.length ? p.images : p.thumbnail ? [{ id: "thumb", url: p.thumbnail }] : []

  return (
    <>
      <article className="product-page">
        <div className="gallery">
          {images.map((img, i) => (
            <img key={img.id} src={img.url} alt={i === 0 ? p.title : `${p.title} (${i + 1})`} width={400} height={300} />
          ))}
        </div>
        <div className="details">
          <p className="muted">
            {p.categories?.map((c) => (
              <Link key={c.id} to={`/categorie/${c.handle}`}>
                {c.name}
              </Link>
            ))}
          </p>
          <h1>{p.title}</h1>
          {p.subtitle ? <p className="lead">{p.subtitle}</p> : null}
          <p>{p.description}</p>
          {(p.variants?.length ?? 0) > 1 ? (
            <fieldset className="variants">
              <legend>{p.options?.[0]?.title ?? t("product.variant")}</legend>
              {byRank(p.variants).map((v) => (
                <div className="radio" key={v.id}>
                  <input type="radio" id={`variant-${v.id}`} name="variant" value={v.id} checked={v.id === variantId} onChange={() => setVariantId(v.id)} />
                  <label htmlFor={`variant-${v.id}`}>{v.title}</label>
                </div>
              ))}
            </fieldset>
          ) : null}
          <p className="price big" data-testid="product-price">
            {money(gross, price?.currency_code ?? "eur")} <span className="muted">{t("product.inclVat")}</span>
          </p>
          {net !== null && net !== undefined ? (
            <p className="muted">{t("product.exclVat", { amount: money(Number(net), price?.currency_code ?? "eur") })}</p>
          ) : null}
          <p className={soldOut ? "stock out" : "stock"} data-testid="stock">
            {!managed
              ? t("product.service")
              : soldOut
                ? t("product.soldOut")
                : stock !== null
                  ? t("product.inStock", { count: stock })
                  : t("product.available")}
          </p>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault()
              if (variantId) add.mutate({ variantId, quantity })
            }}
          >
            <label htmlFor="quantity">{t("product.quantity")}</label>
            <input
              id="quantity"
              type="number"
              min={1}
              max={managed && stock ? stock : 99}
              value={quantity}
              onChange={(e) => setQuantity(Math.max(1, Number(e.target.value) || 1))}
            />
            <button type="submit" className="btn primary" disabled={!variantId || soldOut || add.isPending}>
              {t("product.addToCart")}
            </button>
          </form>
          {add.isSuccess ? (
            <p role="status">
              {t("product.added")} <Link to="/winkelwagen">{t("product.toCart")}</Link>
            </p>
          ) : null}
          {add.isError ? (
            <p role="alert" className="error">
              {errorMessage(add.error)}
            </p>
          ) : null}
        </div>
      </article>
      <ProductReviews productId={p.id} productTitle={p.title} />
    </>
  )
}

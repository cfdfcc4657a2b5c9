import { useQuery } from "@tanstack/react-query"
import { FormEvent } from "react"
import { useNavigate, useParams, useSearchParams } from "react-router-dom"
import { ProductCard } from "../components/ProductCard"
import { useI18n } from "../i18n"
import { useClients } from "../sdk"
import { PRODUCT_FIELDS, useRegion } from "../store"
import { CategoryNav, useCategories } from "./HomePage"

export function ProductsPage() {
  const { t } = useI18n()
  const { sdk } = useClients()
  const { handle } = useParams()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const q = params.get("q") ?? ""
  const region = useRegion()
  const categories = useCategories()
  const category = handle ? categories.data?.find((c) => c.handle === handle) : undefined
  const products = useQuery({
    queryKey: ["products", { q, category: category?.id, region: region.data?.id }],
    enabled: region.isSuccess && (!handle || !!category),
    queryFn: async () =>
      (
        await sdk.store.product.list({
          limit: 50,
          q: q || undefined,
          category_id: category ? [category.id] : undefined,
          region_id: region.data?.id,
          country_code: "nl",
          fields: PRODUCT_FIELDS,
        })
      ).products,
  })
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const value = new FormData(e.currentTarget).get("q")?.toString().trim() ?? ""
    // A search covers the whole range, also when it starts on a category page.
    navigate(value ? `/producten?q=${encodeURIComponent(value)}` : "/producten")
  }
  return (
    <>
      <h1>{category ? category.name : q ? t("catalogue.resultsFor", { q }) : t("catalogue.title")}</h1>
      <CategoryNav />
      <form role="search" onSubmit={submit} className="inline-form">
        <label htmlFor="catalogue-search">{t("catalogue.search")}</label>
        <input id="catalogue-search" name="q" type="search" defaultValue={q} key={q} />
        <button type="submit" className="btn">
          {t("nav.search")}
        </button>
      </form>
      {products.isLoading ? <p role="status">{t("common.loading")}</p> : null}
      {products.data && !products.data.length ? <p role="status">{t("catalogue.none")}</p> : null}
      <ul className="grid" aria-label={t("catalogue.title")}>
        {products.data?.map((p) => (
          <ProductCard key={p.id} product={p} />
        ))}
      </ul>
    </>
  )
}

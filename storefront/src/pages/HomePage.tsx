import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { ProductCard } from "../components/ProductCard"
import { useI18n } from "../i18n"
import { useClients } from "../sdk"
import { PRODUCT_FIELDS, useRegion } from "../store"

export function useCategories() {
  const { sdk } = useClients()
  return useQuery({
    queryKey: ["categories"],
    queryFn: async () => (await sdk.store.category.list({ limit: 50, fields: "id,name,handle" })).product_categories,
    staleTime: 5 * 60_000,
  })
}

export function CategoryNav() {
  const { t } = useI18n()
  const categories = useCategories()
  return (
    <nav aria-label={t("catalogue.categories")} className="categories">
      <ul>
        <li>
          <Link to="/producten">{t("catalogue.all")}</Link>
        </li>
        {categories.data?.map((c) => (
          <li key={c.id}>
            <Link to={`/categorie/${c.handle}`}>{c.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

export function HomePage() {
  const { t } = useI18n()
  const { sdk } = useClients()
  const region = useRegion()
  const products = useQuery({
    queryKey: ["products", "home", region.data?.id],
    enabled: region.isSuccess,
    queryFn: async () => (await sdk.store.product.list({ limit: 8, region_id: region.data?.id, country_code: "nl", fields: PRODUCT_FIELDS })).products,
  })
  return (
    <>
      <section className="hero">
        <h1>{t("home.title")}</h1>
        <p>{t("home.lead")}</p>
        <p>
          <Link className="btn primary" to="/producten">
            {t("home.shop")}
          </Link>{" "}
          <Link className="btn" to="/veiling">
            {t("home.auction")}
          </Link>
        </p>
      </section>
      <CategoryNav />
      <h2>{t("home.featured")}</h2>
      {products.isLoading ? <p role="status">{t("common.loading")}</p> : null}
      <ul className="grid">
        {products.data?.map((p) => (
          <ProductCard key={p.id} product={p} />
        ))}
      </ul>
    </>
  )
}

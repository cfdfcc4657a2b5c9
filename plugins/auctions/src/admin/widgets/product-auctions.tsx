import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { LotStatusBadge } from "../components/labels"
import { useFormat } from "../lib/format"
import { AdminAuction, sdk } from "../lib/sdk"

type Product = { id: string }
type Variant = { id: string; title: string | null; sku: string | null }

/** On the product page: the lots of its variants, and "Auction this variant" per variant. */
const ProductAuctionsWidget = ({ data: product }: { data: Product }) => {
  const { t } = useTranslation()
  const f = useFormat()
  // The product page loads the product without its variants: fetch them (id, title, SKU).
  const { data: vs } = useQuery({
    queryKey: ["auction-product-variants", product.id],
    queryFn: () => sdk.client.fetch<{ variants: Variant[] }>(`/admin/products/${product.id}/variants?fields=id,title,sku&limit=100`),
  })
  const variants = vs?.variants ?? []
  const ids = variants.map((v) => v.id)
  const { data } = useQuery({
    queryKey: ["auctions", "product", product.id, ids.join(",")],
    enabled: ids.length > 0,
    queryFn: () =>
      sdk.client.fetch<{ auctions: AdminAuction[] }>(`/admin/auctions?limit=50&${ids.map((id) => `variant_id=${encodeURIComponent(id)}`).join("&")}`),
  })
  const lots = data?.auctions ?? []
  return (
    <Container className="divide-y p-0" data-testid="product-auctions-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("auctions.widget.title")}</Heading>
        {variants.length === 1 && (
          <Button size="small" variant="secondary" asChild>
            <Link to={`/auctions?variant_id=${variants[0].id}`}>{t("auctions.widget.auctionVariant")}</Link>
          </Button>
        )}
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        {!lots.length && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("auctions.widget.empty")}
          </Text>
        )}
        {lots.map((l) => (
          <div key={l.id} className="flex items-center justify-between gap-x-2">
            <Link to={`/auctions/${l.id}`} className="text-ui-fg-interactive txt-small">
              {l.title ?? l.variant?.product?.title} · {l.variant?.title}
            </Link>
            <Text size="small" className="text-ui-fg-subtle">
              {f.money(l.current_price ?? l.starting_price, l.currency_code)}
            </Text>
            <LotStatusBadge lot={l} />
          </div>
        ))}
      </div>
      {variants.length > 1 && (
        <div className="flex flex-col gap-y-1 px-6 py-4">
          {variants.map((v) => (
            <div key={v.id} className="flex items-center justify-between">
              <Text size="small">
                {v.title}
                {v.sku ? ` · ${v.sku}` : ""}
              </Text>
              <Button size="small" variant="transparent" asChild>
                <Link to={`/auctions?variant_id=${v.id}`}>{t("auctions.widget.auction")}</Link>
              </Button>
            </div>
          ))}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductAuctionsWidget

import { Button, Input, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk, VariantRef } from "../lib/sdk"

type Product = {
  id: string
  title: string
  thumbnail: string | null
  variants: { id: string; title: string | null; sku: string | null }[]
}

const Thumb = ({ src }: { src: string | null | undefined }) =>
  src ? <img src={src} alt="" className="h-10 w-8 shrink-0 rounded object-cover" /> : <div className="bg-ui-bg-component h-10 w-8 shrink-0 rounded" />

/** The chosen variant: thumbnail, product title, variant title and SKU. */
export const VariantSummary = ({ variant }: { variant: VariantRef }) => {
  const { t } = useTranslation()
  return (
    <div className="flex items-center gap-x-3" data-testid="lot-variant">
      <Thumb src={variant.product?.thumbnail} />
      <div className="flex flex-col">
        <Text size="small" weight="plus">
          {variant.product?.title ?? "–"}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {variant.title} · {variant.sku ? t("auctions.picker.sku", { sku: variant.sku }) : t("auctions.picker.noSku")}
        </Text>
      </div>
    </div>
  )
}

/**
 * Searches Medusa's own product list (q matches product titles and variant SKUs)
 * and lets the merchant click a variant: nobody types a variant id.
 */
export const VariantPicker = ({ onPick }: { onPick: (v: VariantRef) => void }) => {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const [debounced, setDebounced] = useState("")
  useEffect(() => {
    const h = setTimeout(() => setDebounced(q.trim()), 250)
    return () => clearTimeout(h)
  }, [q])
  const params = new URLSearchParams({
    limit: "10",
    fields: "id,title,thumbnail,variants.id,variants.title,variants.sku",
    ...(debounced ? { q: debounced } : {}),
  })
  const { data, isFetching } = useQuery({
    queryKey: ["auction-variant-picker", debounced],
    queryFn: () => sdk.client.fetch<{ products: Product[] }>(`/admin/products?${params}`),
    placeholderData: keepPreviousData,
  })
  return (
    <div className="flex flex-col gap-y-2">
      <Input
        type="search"
        autoFocus
        placeholder={t("auctions.picker.search")}
        aria-label={t("auctions.picker.search")}
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <div className="flex max-h-72 flex-col divide-y overflow-y-auto rounded border" data-testid="variant-picker-results">
        {!isFetching && !data?.products.length && (
          <Text size="small" className="text-ui-fg-subtle px-3 py-2">
            {t("auctions.picker.empty")}
          </Text>
        )}
        {data?.products.flatMap((p) =>
          p.variants.map((v) => (
            <button
              type="button"
              key={v.id}
              className="hover:bg-ui-bg-base-hover flex items-center gap-x-3 px-3 py-2 text-left"
              onClick={() => onPick({ id: v.id, title: v.title, sku: v.sku, product: { id: p.id, title: p.title, thumbnail: p.thumbnail } })}
            >
              <Thumb src={p.thumbnail} />
              <div className="flex flex-1 flex-col">
                <Text size="small" weight="plus">
                  {p.title}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {v.title} · {v.sku ? t("auctions.picker.sku", { sku: v.sku }) : t("auctions.picker.noSku")}
                </Text>
              </div>
              <Button asChild size="small" variant="transparent">
                <span>{t("auctions.picker.choose")}</span>
              </Button>
            </button>
          ))
        )}
      </div>
    </div>
  )
}

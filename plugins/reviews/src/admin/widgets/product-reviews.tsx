import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { StatusLabel } from "../components/labels"
import { AdminReview, sdk, stars, Summary } from "../lib/sdk"

/** Product page: the published average, count and histogram, and the latest reviews in any state. */
const ProductReviewsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation()
  const { data: summary } = useQuery({
    queryKey: ["reviews", "summary", product.id],
    queryFn: () => sdk.client.fetch<{ summary: Summary }>(`/admin/reviews/summary?product_id=${product.id}`),
  })
  const { data: latest } = useQuery({
    queryKey: ["reviews", "product", product.id],
    queryFn: () => sdk.client.fetch<{ reviews: AdminReview[]; count: number }>(`/admin/reviews?product_id=${product.id}&order=newest&limit=5`),
  })
  const s = summary?.summary
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("reviews.widget.product_title")}</Heading>
        <Link to="/reviews" className="txt-small text-ui-fg-interactive">
          {t("reviews.widget.open_queue")}
        </Link>
      </div>
      <div className="flex items-center gap-x-6 px-6 py-4">
        <div data-testid="review-summary-average">
          <Text size="xlarge" weight="plus">
            {s?.average === null || s?.average === undefined ? "–" : s.average.toFixed(2)}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("reviews.widget.count", { count: s?.count ?? 0 })}
          </Text>
        </div>
        <ul className="txt-small">
          {[5, 4, 3, 2, 1].map((n) => (
            <li key={n}>
              {stars(n)} {s?.histogram?.[String(n)] ?? 0}
            </li>
          ))}
        </ul>
      </div>
      <ul className="flex flex-col divide-y">
        {(latest?.reviews ?? []).map((r) => (
          <li key={r.id} className="flex items-center justify-between px-6 py-2">
            <Text size="small">
              {stars(r.rating)} {r.title ?? t("reviews.no_title")} — {r.author_name ?? t(`reviews.identity.${r.identity}`)}
            </Text>
            <StatusLabel status={r.status} />
          </li>
        ))}
        {latest && latest.count === 0 && (
          <li className="px-6 py-2">
            <Text size="small" className="text-ui-fg-subtle">
              {t("reviews.empty")}
            </Text>
          </li>
        )}
      </ul>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductReviewsWidget

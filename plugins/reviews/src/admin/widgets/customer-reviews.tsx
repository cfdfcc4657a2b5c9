import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { StatusLabel } from "../components/labels"
import { AdminReview, sdk, stars, when } from "../lib/sdk"

/** Customer page: every review of this customer, with its state. */
const CustomerReviewsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { t, i18n } = useTranslation()
  const { data } = useQuery({
    queryKey: ["reviews", "customer", customer.id],
    queryFn: () => sdk.client.fetch<{ reviews: AdminReview[]; count: number }>(`/admin/reviews?customer_id=${customer.id}&order=newest&limit=20`),
  })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("reviews.widget.customer_title", { count: data?.count ?? 0 })}</Heading>
      </div>
      <ul className="flex flex-col divide-y">
        {(data?.reviews ?? []).map((r) => (
          <li key={r.id} className="flex items-center justify-between px-6 py-2">
            <Text size="small">
              {stars(r.rating)} {r.product?.title ?? r.product_id}: {r.title ?? t("reviews.no_title")} · {when(r.submitted_at, i18n.language ?? "en")}
            </Text>
            <StatusLabel status={r.status} />
          </li>
        ))}
        {data && data.count === 0 && (
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

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerReviewsWidget

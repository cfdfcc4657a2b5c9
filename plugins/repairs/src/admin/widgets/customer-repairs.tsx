import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { AdminRepair, day, sdk } from "../lib/sdk"

/** The customer's repairs on the customer page. */
const CustomerRepairsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { t } = useTranslation()
  const { data } = useQuery({
    queryKey: ["repairs", "customer", customer.id],
    queryFn: () => sdk.client.fetch<{ repairs: AdminRepair[] }>("/admin/repairs", { query: { customer_id: customer.id, limit: 20 } }),
  })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("repairs.widget.title")}</Heading>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        {!data?.repairs.length && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("repairs.widget.none")}
          </Text>
        )}
        {data?.repairs.map((r) => (
          <div key={r.id} className="flex items-center justify-between">
            <Link to={`/repairs/${r.id}`} className="txt-small text-ui-fg-interactive">
              {r.device_brand} {r.device_model} · {day(r.created_at)}
            </Link>
            <Badge size="2xsmall">{t(`repairs.status.${r.status}`)}</Badge>
          </div>
        ))}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerRepairsWidget

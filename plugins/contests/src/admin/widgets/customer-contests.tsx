import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { sdk, when } from "../lib/sdk"

type Entry = { id: string; created_at: string; contest: { id: string; title: string } | null; prizes: { id: string; prize: string; claim_status: string }[] }

/** The customer's contest entries and prizes, on the customer page. */
const CustomerContestsWidget = ({ data: customer }: { data: { id: string } }) => {
  const { t } = useTranslation()
  const { data } = useQuery({
    queryKey: ["customer-contests", customer.id],
    queryFn: () => sdk.client.fetch<{ entries: Entry[] }>(`/admin/customers/${customer.id}/contest-entries`),
  })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("contests.widget.title")}</Heading>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        {!data?.entries.length && <Text size="small">{t("contests.widget.empty")}</Text>}
        {data?.entries.map((e) => (
          <div key={e.id} className="flex items-center justify-between">
            <Link to={`/contests/${e.contest?.id}`}>
              <Text size="small">{e.contest?.title}</Text>
            </Link>
            <Text size="small" className="text-ui-fg-subtle">
              {when(e.created_at)}
            </Text>
            {e.prizes.map((p) => (
              <StatusBadge key={p.id} color="green">
                {t("contests.widget.won", { prize: p.prize })}
              </StatusBadge>
            ))}
          </div>
        ))}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerContestsWidget

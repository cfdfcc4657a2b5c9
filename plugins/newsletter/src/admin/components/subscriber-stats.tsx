import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { useFormat } from "../lib/format"
import { sdk, Stats, STATUS_COLOR, SubscriptionStatus } from "../lib/sdk"

const ORDER: SubscriptionStatus[] = ["subscribed", "pending", "unsubscribed", "suppressed", "erased"]

/** Counts per status and confirmations/unsubscriptions per day (recharts). */
export const SubscriberStats = ({ days = 30 }: { days?: number }) => {
  const { t } = useTranslation()
  const f = useFormat()
  const { data } = useQuery({
    queryKey: ["newsletter-stats", days],
    queryFn: () => sdk.client.fetch<{ newsletter_stats: Stats }>(`/admin/newsletter-subscriptions/stats?days=${days}`),
  })
  const s = data?.newsletter_stats
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("newsletter.subscribers.counts")}</Heading>
      </div>
      <div className="grid grid-cols-5 gap-4 px-6 py-4" data-testid="newsletter-counts">
        {ORDER.map((k) => (
          <div key={k} className="flex flex-col gap-y-1">
            <StatusBadge color={STATUS_COLOR[k]}>{t(`newsletter.status.${k}`)}</StatusBadge>
            <Text size="xlarge" weight="plus" data-status={k}>
              {f.number(s?.counts[k] ?? 0)}
            </Text>
          </div>
        ))}
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" weight="plus">
          {t("newsletter.subscribers.growth", { days })}
        </Text>
        <div style={{ width: "100%", height: 200 }} data-testid="newsletter-growth">
          <ResponsiveContainer>
            <BarChart data={s?.growth ?? []}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="date" tickFormatter={f.day} fontSize={12} />
              <YAxis allowDecimals={false} fontSize={12} />
              <Tooltip labelFormatter={(v) => f.day(String(v))} />
              <Legend />
              <Bar dataKey="confirmed" fill="#10b981" name={t("newsletter.subscribers.confirmedPerDay")} isAnimationActive={false} />
              <Bar dataKey="unsubscribed" fill="#a1a1aa" name={t("newsletter.subscribers.unsubscribedPerDay")} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </div>
    </Container>
  )
}

import { Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { Report, sdk } from "../lib/sdk"

/** Entries per day and the aggregate response counts (P7); no personal data reaches the page. */
export const ResponseChart = ({ contestId }: { contestId: string }) => {
  const { t } = useTranslation()
  const { data } = useQuery({
    queryKey: ["contest-report", contestId],
    queryFn: () => sdk.client.fetch<{ report: Report }>(`/admin/contests/${contestId}/report`),
  })
  const r = data?.report
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{t("contests.detail.response")}</Heading>
      {r && (
        <div className="grid grid-cols-3 gap-4" data-testid="contest-report">
          <Text>
            {t("contests.detail.uniqueEntrants")}: {r.unique_entrants}
          </Text>
          <Text>
            {t("contests.detail.optIns")}: {r.newsletter_opt_ins_requested}
          </Text>
          <Text>
            {t("contests.detail.orders", { days: r.order_window_days })}: {r.orders_within_window}
          </Text>
        </div>
      )}
      <div style={{ width: "100%", height: 220 }}>
        <ResponsiveContainer>
          <BarChart data={r?.entries_by_day ?? []}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" fontSize={12} />
            <YAxis allowDecimals={false} fontSize={12} />
            <Tooltip />
            <Bar dataKey="count" fill="#3b82f6" name={t("contests.detail.entries")} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  )
}

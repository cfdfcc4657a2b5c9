import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { useFormat } from "../lib/format"
import { AdminAuction, AdminBid } from "../lib/sdk"

/** The price after each accepted bid over time, with the reserve as a line when there is one. */
export const BidChart = ({ lot, bids }: { lot: AdminAuction; bids: AdminBid[] }) => {
  const { t } = useTranslation()
  const f = useFormat()
  const points = bids
    .filter((b) => b.accepted && b.price_after !== null)
    .sort((a, b) => a.sequence - b.sequence)
    .map((b) => ({ at: new Date(b.created_at).getTime(), price: b.price_after as number }))
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="lot-bid-chart">
      <Heading level="h2">{t("auctions.detail.chart")}</Heading>
      {!points.length ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t("auctions.detail.chartEmpty")}
        </Text>
      ) : (
        <div style={{ width: "100%", height: 220 }}>
          <ResponsiveContainer>
            <LineChart data={points}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="at" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={(v) => f.time(new Date(v))} fontSize={12} />
              <YAxis fontSize={12} tickFormatter={(v) => f.money(v, lot.currency_code)} width={90} />
              <Tooltip
                labelFormatter={(v) => f.date(new Date(v as number))}
                formatter={(v) => [f.money(Number(v), lot.currency_code), t("auctions.detail.price")]}
              />
              {lot.reserve_price !== null && (
                <ReferenceLine y={lot.reserve_price} stroke="#f59e0b" strokeDasharray="4 4" label={t("auctions.detail.reserve")} />
              )}
              <Line type="stepAfter" dataKey="price" stroke="#3b82f6" dot name={t("auctions.detail.price")} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </div>
  )
}

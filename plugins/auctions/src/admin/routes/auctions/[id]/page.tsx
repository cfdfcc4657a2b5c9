import { Badge, Button, Container, Heading, StatusBadge, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { ReactNode, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { BidChart } from "../../../components/bid-chart"
import { BidTable } from "../../../components/bid-table"
import { Crumb } from "../../../components/breadcrumb"
import { Countdown } from "../../../components/countdown"
import { LotStatusBadge } from "../../../components/labels"
import { LotForm } from "../../../components/lot-form"
import { ReasonPrompt } from "../../../components/reason-prompt"
import { useFormat } from "../../../lib/format"
import { AdminAuction, AdminBid, customerName, CustomerRef, LotDetail, sdk } from "../../../lib/sdk"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-3">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="text-ui-fg-base txt-small">{children}</div>
  </div>
)

const CustomerLink = ({ c }: { c: CustomerRef | null }) =>
  c ? (
    <Link to={`/customers/${c.id}`} className="text-ui-fg-interactive">
      {customerName(c)} <span className="text-ui-fg-subtle">({c.email})</span>
    </Link>
  ) : (
    <>–</>
  )

const ReserveIndicator = ({ lot }: { lot: AdminAuction }) => {
  const { t } = useTranslation()
  const f = useFormat()
  if (lot.reserve_price === null) return <>{t("auctions.detail.noReserve")}</>
  return (
    <span className="flex items-center gap-x-2" data-testid="lot-reserve">
      {f.money(lot.reserve_price, lot.currency_code)}
      <StatusBadge color={lot.reserve_met ? "green" : "orange"}>
        {lot.reserve_met ? t("auctions.detail.reserveMet") : t("auctions.detail.reserveNotMet")}
      </StatusBadge>
    </span>
  )
}

const LotFacts = ({ lot, serverTime }: { lot: AdminAuction; serverTime: string }) => {
  const { t } = useTranslation()
  const f = useFormat()
  const c = lot.currency_code
  const v = lot.variant
  const snipe = lot.anti_sniping
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("auctions.detail.facts")}</Heading>
        {lot.status === "active" && <Countdown target={lot.ends_at} serverTime={serverTime} label={t("auctions.detail.countdownEnds")} />}
        {lot.status === "scheduled" && <Countdown target={lot.starts_at} serverTime={serverTime} label={t("auctions.detail.countdownStarts")} />}
      </div>
      <Row label={t("auctions.detail.product")}>
        {v?.product ? (
          <Link to={`/products/${v.product.id}`} className="text-ui-fg-interactive">
            {v.product.title}
          </Link>
        ) : (
          "–"
        )}
      </Row>
      <Row label={t("auctions.detail.variant")}>{v ? `${v.title ?? "–"}${v.sku ? ` · ${t("auctions.picker.sku", { sku: v.sku })}` : ""}` : "–"}</Row>
      <Row label={t("auctions.detail.starts")}>{f.date(lot.starts_at)}</Row>
      <Row label={t("auctions.detail.ends")}>
        {f.date(lot.ends_at)}
        {lot.original_ends_at !== lot.ends_at && (
          <span className="text-ui-fg-subtle">
            {" "}
            ({t("auctions.detail.originalEnds")}: {f.date(lot.original_ends_at)})
          </span>
        )}
      </Row>
      <Row label={t("auctions.detail.currentPrice")}>{f.money(lot.current_price, c)}</Row>
      <Row label={t("auctions.detail.startingPrice")}>{f.money(lot.starting_price, c)}</Row>
      {lot.minimum_next_bid !== null && <Row label={t("auctions.detail.minimumNext")}>{f.money(lot.minimum_next_bid, c)}</Row>}
      <Row label={t("auctions.detail.reserve")}>
        <ReserveIndicator lot={lot} />
      </Row>
      <Row label={t("auctions.detail.buyNow")}>{f.money(lot.buy_now_price, c)}</Row>
      <Row label={t("auctions.detail.bidders")}>{lot.bidder_count}</Row>
      {lot.leader && (lot.status === "active" || lot.status === "scheduled") && (
        <Row label={t("auctions.detail.leader")}>
          <CustomerLink c={lot.leader} />
        </Row>
      )}
      <Row label={t("auctions.detail.increments")}>
        <div className="flex flex-wrap gap-1" data-testid="lot-increment-table">
          {lot.increments.map((s) => (
            <Badge key={s.from} size="2xsmall">
              {t("auctions.detail.incrementRow", { from: f.money(s.from, c), step: f.money(s.increment, c) })}
            </Badge>
          ))}
        </div>
      </Row>
      <Row label={t("auctions.detail.antiSniping")}>
        <span data-testid="lot-anti-sniping">
          {snipe.window_seconds && snipe.extension_seconds && snipe.cap_seconds
            ? t("auctions.detail.antiSnipingValue", { window: f.minutes(snipe.window_seconds), extension: f.minutes(snipe.extension_seconds) })
            : t("auctions.detail.antiSnipingOff")}
        </span>
      </Row>
      {lot.winner && (
        <Row label={t("auctions.detail.winner")}>
          <CustomerLink c={lot.winner} />{" "}
          {t("auctions.detail.winnerValue", { price: f.money(lot.winning_price, c), via: lot.won_via ? t(`auctions.wonVia.${lot.won_via}`) : "" })}
        </Row>
      )}
      {lot.payment_status && (
        <Row label={t("auctions.columns.payment")}>
          {t(`auctions.payment.${lot.payment_status}`)}
          {lot.payment_due_at && lot.payment_status === "awaiting" && ` · ${t("auctions.detail.paymentDue")} ${f.date(lot.payment_due_at)}`}
        </Row>
      )}
      {lot.order && (
        <Row label={t("auctions.detail.order")}>
          <Link to={`/orders/${lot.order.id}`} className="text-ui-fg-interactive">
            #{lot.order.display_id}
          </Link>
        </Row>
      )}
      {lot.relisted_as_id && (
        <Row label={t("auctions.detail.relisted")}>
          <Link to={`/auctions/${lot.relisted_as_id}`} className="text-ui-fg-interactive">
            {t("auctions.breadcrumb.lot")}
          </Link>
        </Row>
      )}
      {lot.cancel_reason && (
        <Row label={t("auctions.detail.cancelReason")}>
          <span data-testid="lot-cancel-reason">{lot.cancel_reason}</span>
        </Row>
      )}
    </Container>
  )
}

const AuctionDetailPage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const client = useQueryClient()
  const [cancelling, setCancelling] = useState(false)
  const [banning, setBanning] = useState<AdminBid | null>(null)
  const [duplicating, setDuplicating] = useState(false)
  const { data } = useQuery({
    queryKey: ["auction", id],
    queryFn: () => sdk.client.fetch<LotDetail>(`/admin/auctions/${id}`),
    refetchInterval: (q) => (q.state.data && ["ended", "cancelled"].includes(q.state.data.auction.status) ? false : 3000),
  })
  const refresh = () => client.invalidateQueries({ queryKey: ["auction", id] })
  const cancel = useMutation({
    mutationFn: (reason: string) => sdk.client.fetch(`/admin/auctions/${id}/cancel`, { method: "POST", body: { reason } }),
    onSuccess: () => {
      toast.success(t("auctions.cancel.done"))
      setCancelling(false)
      refresh()
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const ban = useMutation({
    mutationFn: ({ customer_id, reason }: { customer_id: string; reason: string }) =>
      sdk.client.fetch("/admin/auction-bans", { method: "POST", body: { customer_id, reason } }),
    onSuccess: () => {
      toast.success(t("auctions.ban.done"))
      setBanning(null)
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const lot = data?.auction
  if (!lot) return <Container>{t("auctions.loading")}</Container>
  const open = lot.status === "scheduled" || lot.status === "active"
  const ended = !open
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">{lot.title ?? lot.variant?.product?.title ?? "–"}</Heading>
          <div>
            <LotStatusBadge lot={lot} />
          </div>
        </div>
        <div className="flex items-center gap-x-2">
          <Button size="small" variant="secondary" onClick={() => setDuplicating(true)}>
            {ended && lot.result !== "won" ? t("auctions.detail.relist") : t("auctions.detail.duplicate")}
          </Button>
          {open && (
            <Button size="small" variant="danger" onClick={() => setCancelling(true)}>
              {t("auctions.cancel.button")}
            </Button>
          )}
        </div>
      </Container>
      <LotFacts lot={lot} serverTime={data.server_time} />
      <Container className="p-0">
        <BidChart lot={lot} bids={data.bids} />
      </Container>
      <Container className="p-0">
        <BidTable bids={data.bids} currency={lot.currency_code} onBan={open ? setBanning : null} />
      </Container>
      {cancelling && (
        <ReasonPrompt
          open
          title={t("auctions.cancel.title")}
          description={t("auctions.cancel.description")}
          reasonLabel={t("auctions.cancel.reason")}
          confirmText={t("auctions.cancel.confirm")}
          cancelText={t("auctions.cancel.back")}
          isLoading={cancel.isPending}
          onConfirm={(reason) => cancel.mutate(reason)}
          onClose={() => setCancelling(false)}
        />
      )}
      {banning && (
        <ReasonPrompt
          open
          title={t("auctions.ban.title", { name: customerName(banning.customer) ?? "" })}
          description={t("auctions.ban.description")}
          reasonLabel={t("auctions.ban.reason")}
          confirmText={t("auctions.ban.confirm")}
          cancelText={t("auctions.ban.back")}
          isLoading={ban.isPending}
          onConfirm={(reason) => ban.mutate({ customer_id: banning.customer_id, reason })}
          onClose={() => setBanning(null)}
        />
      )}
      {duplicating && <LotForm open seed={{ from: lot }} onClose={() => setDuplicating(false)} />}
    </div>
  )
}

export const handle = { breadcrumb: () => <Crumb k="lot" /> }

export default AuctionDetailPage

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EnvelopeSolid } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Input,
  Label,
  Select,
  StatusBadge,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ConsentTexts } from "../../components/consent-texts"
import { SubscriberDrawer } from "../../components/subscriber-history"
import { SubscriberStats } from "../../components/subscriber-stats"
import { useFormat } from "../../lib/format"
import { sdk, STATUS_COLOR, Subscription, SubscriptionStatus } from "../../lib/sdk"

const STATUSES: SubscriptionStatus[] = ["pending", "subscribed", "unsubscribed", "suppressed", "erased"]
const columns = createDataTableColumnHelper<Subscription>()

const Crumb = () => {
  const { t } = useTranslation()
  return <span>{t("newsletter.breadcrumb.subscribers")}</span>
}

/** Start or end of a local calendar day as an ISO instant, for the sign-up date filter. */
const dayBound = (v: string, end: boolean) => (v ? new Date(`${v}T${end ? "23:59:59.999" : "00:00:00"}`).toISOString() : "")

const SubscribersPage = () => {
  const { t } = useTranslation()
  const f = useFormat()
  const [status, setStatus] = useState("all")
  const [q, setQ] = useState("")
  const [source, setSource] = useState("")
  const [from, setFrom] = useState("")
  const [to, setTo] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 20 })
  const [selected, setSelected] = useState<string | null>(null)
  const filters: Record<string, string> = Object.fromEntries(
    Object.entries({
      status: status === "all" ? "" : status,
      q,
      source,
      created_from: dayBound(from, false),
      created_to: dayBound(to, true),
    }).filter(([, v]) => v)
  )
  const query = new URLSearchParams({
    ...filters,
    offset: String(pagination.pageIndex * pagination.pageSize),
    limit: String(pagination.pageSize),
  })
  const { data, isLoading } = useQuery({
    queryKey: ["newsletter-subscriptions", query.toString()],
    queryFn: () => sdk.client.fetch<{ newsletter_subscriptions: Subscription[]; count: number }>(`/admin/newsletter-subscriptions?${query}`),
    placeholderData: keepPreviousData,
  })
  const csv = `/admin/newsletter-subscriptions/export?${new URLSearchParams(filters)}`
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v)
      setPagination((p) => ({ ...p, pageIndex: 0 }))
    }
  const cols = useMemo(
    () => [
      columns.accessor("email", {
        header: t("newsletter.subscribers.columns.email"),
        cell: ({ getValue }) => getValue() ?? <span className="text-ui-fg-muted">{t("newsletter.subscribers.erasedEmail")}</span>,
      }),
      columns.accessor("status", {
        header: t("newsletter.subscribers.columns.status"),
        cell: ({ getValue }) => <StatusBadge color={STATUS_COLOR[getValue()]}>{t(`newsletter.status.${getValue()}`)}</StatusBadge>,
      }),
      columns.accessor("legal_basis", {
        header: t("newsletter.subscribers.columns.legalBasis"),
        cell: ({ getValue }) => t(`newsletter.legalBasis.${getValue()}`),
      }),
      columns.accessor("locale", { header: t("newsletter.subscribers.columns.locale") }),
      columns.accessor("source", { header: t("newsletter.subscribers.columns.source"), cell: ({ getValue }) => getValue() ?? "–" }),
      columns.accessor("created_at", { header: t("newsletter.subscribers.columns.created"), cell: ({ getValue }) => f.date(getValue()) }),
      columns.accessor("confirmed_at", { header: t("newsletter.subscribers.columns.confirmed"), cell: ({ getValue }) => f.date(getValue()) }),
    ],
    [t, f]
  )
  const table = useDataTable({
    data: data?.newsletter_subscriptions ?? [],
    columns: cols,
    rowCount: data?.count ?? 0,
    getRowId: (s) => s.id,
    isLoading,
    onRowClick: (_e, row) => setSelected(row.id),
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <div className="flex flex-col gap-y-3">
      <SubscriberStats />
      <Container className="divide-y p-0">
        <DataTable instance={table}>
          <DataTable.Toolbar className="flex flex-col gap-y-3 px-6 py-4">
            <div className="flex w-full items-center justify-between">
              <div>
                <Heading level="h1">{t("newsletter.subscribers.title")}</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("newsletter.subscribers.subtitle")}
                </Text>
              </div>
              <div className="flex gap-x-2">
                <Button variant="secondary" size="small" asChild>
                  <Link to="/newsletter/campaigns">{t("newsletter.subscribers.campaigns")}</Link>
                </Button>
                <Button variant="secondary" size="small" asChild>
                  <a href={csv} download>
                    {t("newsletter.subscribers.export")}
                  </a>
                </Button>
              </div>
            </div>
            <div className="flex w-full flex-wrap items-end gap-2">
              <div className="w-56">
                <Select value={status} onValueChange={reset(setStatus)}>
                  <Select.Trigger aria-label={t("newsletter.subscribers.columns.status")}>
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value="all">{t("newsletter.subscribers.allStatuses")}</Select.Item>
                    {STATUSES.map((s) => (
                      <Select.Item key={s} value={s}>
                        {t(`newsletter.status.${s}`)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
              <Input
                type="search"
                className="w-56"
                aria-label={t("newsletter.subscribers.search")}
                placeholder={t("newsletter.subscribers.search")}
                value={q}
                onChange={(e) => reset(setQ)(e.target.value)}
              />
              <Input
                className="w-40"
                aria-label={t("newsletter.subscribers.source")}
                placeholder={t("newsletter.subscribers.source")}
                value={source}
                onChange={(e) => reset(setSource)(e.target.value)}
              />
              <div className="flex flex-col">
                <Label size="xsmall" htmlFor="nl-from">
                  {t("newsletter.subscribers.from")}
                </Label>
                <Input id="nl-from" type="date" value={from} onChange={(e) => reset(setFrom)(e.target.value)} />
              </div>
              <div className="flex flex-col">
                <Label size="xsmall" htmlFor="nl-to">
                  {t("newsletter.subscribers.to")}
                </Label>
                <Input id="nl-to" type="date" value={to} onChange={(e) => reset(setTo)(e.target.value)} />
              </div>
            </div>
          </DataTable.Toolbar>
          <DataTable.Table emptyState={{ empty: { heading: t("newsletter.subscribers.empty") }, filtered: { heading: t("newsletter.subscribers.empty") } }} />
          <DataTable.Pagination />
        </DataTable>
      </Container>
      <SubscriberDrawer id={selected} onClose={() => setSelected(null)} />
      <ConsentTexts />
    </div>
  )
}

export const config = defineRouteConfig({ label: "newsletter.menu", icon: EnvelopeSolid, translationNs: "translation" })

export const handle = { breadcrumb: () => <Crumb /> }

export default SubscribersPage

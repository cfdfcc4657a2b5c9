import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Bolt } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  DataTableFilteringState,
  DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useSearchParams } from "react-router-dom"
import { Crumb } from "../../components/breadcrumb"
import { LotStatusBadge } from "../../components/labels"
import { LotForm } from "../../components/lot-form"
import { VariantSummary } from "../../components/variant-picker"
import { useFormat } from "../../lib/format"
import { AdminAuction, sdk, VariantRef } from "../../lib/sdk"

const columns = createDataTableColumnHelper<AdminAuction>()
const filters = createDataTableFilterHelper<AdminAuction>()
const STATUSES = ["scheduled", "active", "ended", "cancelled"] as const

/** `?variant_id=` (from the product page's "Auction this variant"): the variant to preselect. */
function usePreselectedVariant() {
  const [params] = useSearchParams()
  const id = params.get("variant_id")
  const { data } = useQuery({
    queryKey: ["auction-preselect", id],
    enabled: !!id,
    queryFn: () =>
      sdk.client.fetch<{ variants: VariantRef[] }>(
        `/admin/product-variants?id=${encodeURIComponent(id!)}&fields=id,title,sku,product.id,product.title,product.thumbnail`
      ),
  })
  return { id, variant: data?.variants[0] ?? null }
}

const AuctionsPage = () => {
  const { t } = useTranslation()
  const f = useFormat()
  const navigate = useNavigate()
  const [, setParams] = useSearchParams()
  const pre = usePreselectedVariant()
  const [creating, setCreating] = useState(false)
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 20 })
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const status = filtering.status as string | undefined
  const query = new URLSearchParams({
    limit: String(pagination.pageSize),
    offset: String(pagination.pageIndex * pagination.pageSize),
    ...(status ? { status } : {}),
  })
  const { data, isLoading } = useQuery({
    queryKey: ["auctions", query.toString()],
    queryFn: () => sdk.client.fetch<{ auctions: AdminAuction[]; count: number }>(`/admin/auctions?${query}`),
    placeholderData: keepPreviousData,
  })
  const cols = useMemo(
    () => [
      columns.accessor("title", {
        header: t("auctions.columns.lot"),
        cell: ({ row }) => (
          <Text size="small" weight="plus">
            {row.original.title ?? row.original.variant?.product?.title ?? "–"}
          </Text>
        ),
      }),
      columns.accessor("variant", {
        header: t("auctions.columns.product"),
        cell: ({ row }) => (row.original.variant ? <VariantSummary variant={row.original.variant} /> : "–"),
      }),
      columns.accessor("status", {
        header: t("auctions.columns.status"),
        cell: ({ row }) => <LotStatusBadge lot={row.original} />,
      }),
      columns.accessor("ends_at", { header: t("auctions.columns.ends"), cell: ({ getValue }) => f.date(getValue()) }),
      columns.accessor("current_price", {
        header: t("auctions.columns.price"),
        cell: ({ row }) => f.money(row.original.current_price ?? row.original.starting_price, row.original.currency_code),
      }),
      columns.accessor("bid_count", { header: t("auctions.columns.bids") }),
      columns.accessor("payment_status", {
        header: t("auctions.columns.payment"),
        cell: ({ getValue }) => t(`auctions.payment.${getValue() ?? "none"}`),
      }),
    ],
    [t, f]
  )
  const filterDefs = useMemo(
    () => [
      filters.accessor("status", {
        type: "radio",
        label: t("auctions.columns.status"),
        options: STATUSES.map((s) => ({ label: t(`auctions.status.${s}`), value: s })),
      }),
    ],
    [t]
  )
  const table = useDataTable({
    data: data?.auctions ?? [],
    columns: cols,
    filters: filterDefs,
    rowCount: data?.count ?? 0,
    getRowId: (r) => r.id,
    isLoading,
    onRowClick: (_e, row) => navigate(`/auctions/${row.id}`),
    pagination: { state: pagination, onPaginationChange: setPagination },
    filtering: {
      state: filtering,
      onFilteringChange: (s) => {
        setFiltering(s)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
  })
  const formOpen = creating || (!!pre.id && !!pre.variant)
  const closeForm = () => {
    setCreating(false)
    if (pre.id) setParams({}, { replace: true })
  }
  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>{t("auctions.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("auctions.subtitle")}
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DataTable.FilterMenu tooltip={t("auctions.columns.status")} />
            <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
              {t("auctions.create")}
            </Button>
          </div>
        </DataTable.Toolbar>
        <DataTable.FilterBar clearAllFiltersLabel={t("auctions.clearFilters")} />
        <DataTable.Table emptyState={{ empty: { heading: t("auctions.empty") }, filtered: { heading: t("auctions.emptyFiltered") } }} />
        <DataTable.Pagination />
      </DataTable>
      {formOpen && <LotForm open seed={{ variant: pre.variant }} onClose={closeForm} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "auctions.title", translationNs: "translation", icon: Bolt })

export const handle = { breadcrumb: () => <Crumb k="list" /> }

export default AuctionsPage

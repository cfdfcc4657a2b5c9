import { Button, createDataTableColumnHelper, DataTable, DataTablePaginationState, Heading, Text, useDataTable } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useFormat } from "../lib/format"
import { AdminBid, customerName } from "../lib/sdk"

const columns = createDataTableColumnHelper<AdminBid>()

/** Every bid of the lot, with the bidder's name linked to the customer page. */
export const BidTable = ({ bids, currency, onBan }: { bids: AdminBid[]; currency: string; onBan: ((b: AdminBid) => void) | null }) => {
  const { t } = useTranslation()
  const f = useFormat()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 20 })
  const outcome = (b: AdminBid) =>
    b.accepted
      ? b.outbid
        ? t("auctions.bids.outbid")
        : t(`auctions.kind.${b.kind}`)
      : t("auctions.bids.rejected", { reason: t(`auctions.rejection.${b.rejection_code}`, { defaultValue: b.rejection_code ?? "" }) })
  const cols = useMemo(
    () => [
      columns.accessor("sequence", { header: t("auctions.bids.sequence") }),
      columns.accessor("bidder_number", {
        header: t("auctions.bids.bidder"),
        cell: ({ row }) => (row.original.bidder_number === null ? "–" : `#${row.original.bidder_number}`),
      }),
      columns.accessor("customer", {
        header: t("auctions.bids.customer"),
        cell: ({ row }) => {
          const c = row.original.customer
          if (row.original.anonymized) return t("auctions.bids.anonymized")
          if (!c) return t("auctions.bids.unknownCustomer")
          return (
            <Link to={`/customers/${c.id}`} className="text-ui-fg-interactive flex flex-col" onClick={(e) => e.stopPropagation()}>
              <span>{customerName(c)}</span>
              <span className="text-ui-fg-subtle">{c.email}</span>
            </Link>
          )
        },
      }),
      columns.accessor("amount", { header: t("auctions.bids.amount"), cell: ({ getValue }) => f.money(getValue(), currency) }),
      columns.accessor("max_amount", { header: t("auctions.bids.max"), cell: ({ getValue }) => f.money(getValue(), currency) }),
      columns.accessor("price_after", { header: t("auctions.bids.priceAfter"), cell: ({ getValue }) => f.money(getValue(), currency) }),
      columns.accessor("accepted", { header: t("auctions.bids.outcome"), cell: ({ row }) => outcome(row.original) }),
      columns.accessor("created_at", { header: t("auctions.bids.time"), cell: ({ getValue }) => f.date(getValue()) }),
      ...(onBan
        ? [
            columns.display({
              id: "ban",
              cell: ({ row }) =>
                row.original.customer ? (
                  <Button size="small" variant="secondary" onClick={() => onBan(row.original)}>
                    {t("auctions.bids.ban")}
                  </Button>
                ) : null,
            }),
          ]
        : []),
    ],
    [t, f, currency, onBan]
  )
  const page = bids.slice(pagination.pageIndex * pagination.pageSize, (pagination.pageIndex + 1) * pagination.pageSize)
  const table = useDataTable({
    data: page,
    columns: cols,
    rowCount: bids.length,
    getRowId: (b) => b.id,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })
  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="px-6 py-4">
        <Heading level="h2">{t("auctions.detail.bids")}</Heading>
      </DataTable.Toolbar>
      <DataTable.Table emptyState={{ empty: { heading: t("auctions.detail.chartEmpty") } }} />
      <DataTable.Pagination />
      {!bids.length && <Text className="sr-only">–</Text>}
    </DataTable>
  )
}

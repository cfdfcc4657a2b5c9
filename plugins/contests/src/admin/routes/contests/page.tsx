import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Trophy } from "@medusajs/icons"
import { Container, createDataTableColumnHelper, DataTable, DataTablePaginationState, Heading, StatusBadge, useDataTable } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { ContestEditor } from "../../components/contest-editor"
import { AdminContest, sdk, when } from "../../lib/sdk"

const columns = createDataTableColumnHelper<AdminContest>()
const COLORS = { draft: "grey", published: "blue", drawn: "green", cancelled: "red" } as const
const PAGE = 20

const ContestsPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE })
  const { data, isLoading } = useQuery({
    queryKey: ["contests", pagination.pageIndex],
    queryFn: () => sdk.client.fetch<{ contests: AdminContest[]; count: number }>(`/admin/contests?limit=${PAGE}&offset=${pagination.pageIndex * PAGE}`),
  })
  const cols = useMemo(
    () => [
      columns.accessor("title", { header: t("contests.columns.title") }),
      columns.accessor("status", {
        header: t("contests.columns.status"),
        cell: ({ getValue }) => <StatusBadge color={COLORS[getValue()]}>{t(`contests.status.${getValue()}`)}</StatusBadge>,
      }),
      columns.display({
        id: "period",
        header: t("contests.columns.period"),
        cell: ({ row }) => `${when(row.original.starts_at)} – ${when(row.original.ends_at)}`,
      }),
      columns.accessor("winner_count", { header: t("contests.columns.winners") }),
    ],
    [t]
  )
  const table = useDataTable({
    columns: cols,
    data: data?.contests ?? [],
    getRowId: (c) => c.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(`/contests/${row.id}`),
  })
  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between px-6 py-4">
          <Heading>{t("contests.title")}</Heading>
          <ContestEditor />
        </DataTable.Toolbar>
        <DataTable.Table emptyState={{ empty: { heading: t("contests.empty") } }} />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Contests", icon: Trophy })

export default ContestsPage

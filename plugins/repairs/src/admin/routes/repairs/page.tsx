import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tools } from "@medusajs/icons"
import { Alert, Badge, Button, Container, createDataTableColumnHelper, DataTable, DataTablePaginationState, Heading, Text, useDataTable } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { AdminRepair, day, sdk } from "../../lib/sdk"
import { IntakeForm } from "./intake-form"

const column = createDataTableColumnHelper<AdminRepair>()
const PAGE = 20

const RepairsPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE })
  const { data, isLoading } = useQuery({
    queryKey: ["repairs", pagination],
    placeholderData: keepPreviousData,
    queryFn: () =>
      sdk.client.fetch<{ repairs: AdminRepair[]; count: number }>("/admin/repairs", {
        query: { limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize },
      }),
  })
  const overdue = useQuery({
    queryKey: ["repair-backups", "overdue-count"],
    queryFn: () => sdk.client.fetch<{ overdue_count: number }>("/admin/repair-backups", { query: { state: "overdue", limit: 1 } }),
  })
  const columns = useMemo(
    () => [
      column.accessor("device_brand", {
        header: t("repairs.columns.device"),
        cell: ({ row }) => `${row.original.device_brand} ${row.original.device_model}`,
      }),
      column.accessor("work_type", { header: t("repairs.columns.workType"), cell: ({ getValue }) => t(`repairs.workType.${getValue()}`) }),
      column.accessor("status", {
        header: t("repairs.columns.status"),
        cell: ({ getValue }) => <Badge size="2xsmall">{t(`repairs.status.${getValue()}`)}</Badge>,
      }),
      column.accessor("created_at", { header: t("repairs.columns.created"), cell: ({ getValue }) => day(getValue()) }),
    ],
    [t]
  )
  const table = useDataTable({
    columns,
    data: data?.repairs ?? [],
    getRowId: (r) => r.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(`/repairs/${row.id}`),
  })
  return (
    <div className="flex flex-col gap-y-3">
      {!!overdue.data?.overdue_count && (
        <Alert variant="error" dismissible={false}>
          <Link to="/repairs/backups?state=overdue">{t("repairs.overdueAlert", { count: overdue.data.overdue_count })}</Link>
        </Alert>
      )}
      <Container className="divide-y p-0">
        <DataTable instance={table}>
          <DataTable.Toolbar className="flex items-center justify-between px-6 py-4">
            <div>
              <Heading>{t("repairs.title")}</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                {t("repairs.subtitle")}
              </Text>
            </div>
            <div className="flex gap-x-2">
              <Button size="small" variant="secondary" onClick={() => navigate("/repairs/backups")}>
                {t("repairs.backupRegister")}
              </Button>
              <IntakeForm />
            </div>
          </DataTable.Toolbar>
          <DataTable.Table emptyState={{ empty: { heading: t("repairs.empty") } }} />
          <DataTable.Pagination />
        </DataTable>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "repairs.title", translationNs: "translation", icon: Tools })

export default RepairsPage

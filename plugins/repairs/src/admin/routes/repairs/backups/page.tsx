import { Badge, Container, createDataTableColumnHelper, DataTable, DataTablePaginationState, Heading, Select, Text, useDataTable } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useSearchParams } from "react-router-dom"
import { Backup, day, sdk } from "../../../lib/sdk"

const column = createDataTableColumnHelper<Backup>()
const STATES = ["live", "overdue", "deleted", "all"]

/** The backup register: every copy with its deletion day, overdue ones flagged. */
const BackupRegisterPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const state = STATES.includes(params.get("state") ?? "") ? params.get("state")! : "live"
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: 50 })
  const { data, isLoading } = useQuery({
    queryKey: ["repair-backups", state, pagination],
    placeholderData: keepPreviousData,
    queryFn: () =>
      sdk.client.fetch<{ backups: Backup[]; count: number; sweep_days: number[] }>("/admin/repair-backups", {
        query: { state, limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize },
      }),
  })
  const columns = useMemo(
    () => [
      column.accessor("repair_id", { header: t("repairs.backups.repair") }),
      column.accessor("category", { header: t("repairs.columns.device"), cell: ({ getValue }) => t(`repairs.category.${getValue()}`) }),
      column.accessor("store_id", { header: t("repairs.detail.store") }),
      column.accessor("delete_on", {
        header: t("repairs.detail.deleteOn"),
        cell: ({ row }) =>
          row.original.removed_at ? (
            t("repairs.detail.removed", { date: day(row.original.removed_at) })
          ) : (
            <span className="flex items-center gap-x-2">
              {day(row.original.delete_on)}
              {row.original.overdue && (
                <Badge size="2xsmall" color="red">
                  {t("repairs.backups.overdue")}
                </Badge>
              )}
            </span>
          ),
      }),
      column.accessor("delete_by", { header: t("repairs.detail.deleteBy"), cell: ({ getValue }) => day(getValue()) }),
    ],
    [t]
  )
  const table = useDataTable({
    columns,
    data: data?.backups ?? [],
    getRowId: (r) => r.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(`/repairs/${row.repair_id}`),
  })
  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>{t("repairs.backups.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("repairs.backups.schedule", { days: (data?.sweep_days ?? []).join(", ") })}
            </Text>
          </div>
          <Select value={state} onValueChange={(v) => setParams({ state: v })}>
            <Select.Trigger className="w-40">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {STATES.map((s) => (
                <Select.Item key={s} value={s}>
                  {t(`repairs.backups.state.${s}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </DataTable.Toolbar>
        <DataTable.Table emptyState={{ empty: { heading: "–" } }} />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export default BackupRegisterPage

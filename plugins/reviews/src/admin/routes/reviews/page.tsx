import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  createDataTableCommandHelper,
  createDataTableFilterHelper,
  DataTable,
  DataTableFilteringState,
  DataTablePaginationState,
  DataTableRowSelectionState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { DecisionModal } from "../../components/decision-modal"
import { Flags, StatusLabel, VerificationLabel } from "../../components/labels"
import { ReviewDrawer } from "../../components/review-drawer"
import { useBulkModerate } from "../../lib/hooks"
import { AdminReview, sdk, stars, when } from "../../lib/sdk"

const PAGE_SIZE = 20
const columns = createDataTableColumnHelper<AdminReview>()
const filters = createDataTableFilterHelper<AdminReview>()
const commands = createDataTableCommandHelper()

/** The moderation queue: filters, bulk approve/reject with a reason (keyboard shortcuts a / r), detail drawer. */
const ReviewsPage = () => {
  const { t, i18n } = useTranslation()
  const lang = i18n.language ?? "en"
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const [filtering, setFiltering] = useState<DataTableFilteringState>({
    status: "pending",
  })
  const [selection, setSelection] = useState<DataTableRowSelectionState>({})
  const [openId, setOpenId] = useState<string | null>(null)
  const [rejectIds, setRejectIds] = useState<string[] | null>(null)
  const bulk = useBulkModerate()

  const params = useMemo(() => {
    const p = new URLSearchParams({
      limit: String(pagination.pageSize),
      offset: String(pagination.pageIndex * pagination.pageSize),
    })
    for (const key of ["status", "rating", "flagged"] as const) {
      const v = filtering[key]
      if (v !== undefined && v !== null && v !== "") p.set(key, String(v))
    }
    return p.toString()
  }, [pagination, filtering])
  const { data, isLoading } = useQuery({
    queryKey: ["reviews", "queue", params],
    queryFn: () => sdk.client.fetch<{ reviews: AdminReview[]; count: number }>(`/admin/reviews?${params}`),
    placeholderData: keepPreviousData,
  })

  const cols = useMemo(
    () => [
      columns.select(),
      columns.accessor("rating", {
        header: t("reviews.columns.rating"),
        cell: ({ getValue }) => <span aria-label={`${getValue()}/5`}>{stars(getValue())}</span>,
      }),
      columns.accessor("title", {
        header: t("reviews.columns.review"),
        cell: ({ row }) => (
          <div className="flex flex-col">
            <Text size="small" weight="plus">
              {row.original.title ?? t("reviews.no_title")}
            </Text>
            <Text size="small" className="max-w-md truncate text-ui-fg-subtle">
              {row.original.body ?? ""}
            </Text>
          </div>
        ),
      }),
      columns.accessor("product", {
        header: t("reviews.columns.product"),
        cell: ({ row }) => row.original.product?.title ?? row.original.product_id,
      }),
      columns.accessor("author_name", {
        header: t("reviews.columns.author"),
        cell: ({ row }) => row.original.author_name ?? t(`reviews.identity.${row.original.identity}`),
      }),
      columns.accessor("status", {
        header: t("reviews.columns.status"),
        cell: ({ row }) => <StatusLabel status={row.original.status} />,
      }),
      columns.accessor("verification", {
        header: t("reviews.columns.verification"),
        cell: ({ row }) => <VerificationLabel value={row.original.verification} />,
      }),
      columns.accessor("flags", {
        header: t("reviews.columns.flags"),
        cell: ({ row }) => <Flags flags={row.original.flags} />,
      }),
      columns.accessor("submitted_at", {
        header: t("reviews.columns.submitted"),
        cell: ({ getValue }) => when(getValue(), lang),
      }),
    ],
    [t, lang]
  )
  const filterDefs = useMemo(
    () => [
      filters.accessor("status", {
        type: "radio",
        label: t("reviews.columns.status"),
        options: (["pending", "approved", "rejected", "unpublished"] as const).map((s) => ({ label: t(`reviews.status.${s}`), value: s })),
      }),
      filters.accessor("rating", {
        type: "radio",
        label: t("reviews.columns.rating"),
        options: [1, 2, 3, 4, 5].map((n) => ({
          label: t("reviews.filter.stars", { count: n }),
          value: String(n),
        })),
      }),
      filters.accessor("flags", {
        type: "radio",
        label: t("reviews.columns.flags"),
        options: [
          { label: t("reviews.filter.flagged"), value: "true" },
          { label: t("reviews.filter.not_flagged"), value: "false" },
        ],
      }),
    ],
    [t]
  )
  const selectedIds = () => Object.keys(selection).filter((k) => selection[k])
  const cmds = useMemo(
    () => [
      commands.command({
        label: t("reviews.actions.approve"),
        shortcut: "a",
        action: async (sel) => bulk.mutate({ ids: Object.keys(sel), action: "approve" }, { onSuccess: () => setSelection({}) }),
      }),
      commands.command({
        label: t("reviews.actions.reject"),
        shortcut: "r",
        action: async (sel) => setRejectIds(Object.keys(sel)),
      }),
    ],
    [t, bulk]
  )
  // The "flags" filter maps to the API's `flagged` parameter.
  const onFilteringChange = (state: DataTableFilteringState) => {
    const { flags, ...rest } = state as Record<string, unknown>
    setFiltering(flags === undefined ? rest : { ...rest, flagged: flags })
    setPagination((p) => ({ ...p, pageIndex: 0 }))
  }
  const table = useDataTable({
    data: data?.reviews ?? [],
    columns: cols,
    filters: filterDefs,
    commands: cmds,
    rowCount: data?.count ?? 0,
    getRowId: (r) => r.id,
    isLoading,
    onRowClick: (_e, row) => setOpenId(row.id),
    pagination: { state: pagination, onPaginationChange: setPagination },
    filtering: {
      state: {
        ...filtering,
        ...(filtering.flagged !== undefined ? { flags: filtering.flagged } : {}),
      },
      onFilteringChange,
    },
    rowSelection: { state: selection, onRowSelectionChange: setSelection },
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>{t("reviews.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("reviews.subtitle")}
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DataTable.FilterMenu tooltip={t("reviews.filter.add")} />
            <Button size="small" variant="secondary" asChild>
              <Link to="/reviews/policies">{t("reviews.policies.link")}</Link>
            </Button>
          </div>
        </DataTable.Toolbar>
        <DataTable.FilterBar clearAllFiltersLabel={t("reviews.filter.clear")} />
        <DataTable.Table
          emptyState={{
            empty: { heading: t("reviews.empty") },
            filtered: { heading: t("reviews.empty_filtered") },
          }}
        />
        <DataTable.Pagination />
        <DataTable.CommandBar selectedLabel={(count) => t("reviews.selected", { count })} />
      </DataTable>
      <ReviewDrawer id={openId} onClose={() => setOpenId(null)} />
      {rejectIds && (
        <DecisionModal
          open
          action="reject"
          count={rejectIds.length}
          pending={bulk.isPending}
          onClose={() => setRejectIds(null)}
          onConfirm={(d) =>
            bulk.mutate(
              {
                ids: rejectIds.length ? rejectIds : selectedIds(),
                action: "reject",
                ...d,
              },
              {
                onSuccess: () => {
                  setRejectIds(null)
                  setSelection({})
                },
              }
            )
          }
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "reviews.menu",
  icon: ChatBubbleLeftRight,
  translationNs: "translation",
})

export default ReviewsPage

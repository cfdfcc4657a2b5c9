import { Container, createDataTableColumnHelper, DataTable, DataTablePaginationState, Heading, Label, Text, useDataTable } from "@medusajs/ui"
import { ReactNode, useMemo } from "react"

export const Section = ({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) => (
  <Container className="divide-y p-0" role="region" aria-label={title}>
    <div className="flex items-center justify-between px-6 py-4">
      <Heading level="h2">{title}</Heading>
      <div className="flex gap-2">{actions}</div>
    </div>
    <div className="px-6 py-4">{children}</div>
  </Container>
)

export type Column<T> = { id: string; header: string; cell: (row: T) => ReactNode }

/**
 * Medusa UI's DataTable for a list the page already holds; with `paging` it pages on the server
 * (count and page state from the caller).
 */
export function Table<T>({
  rows,
  columns,
  empty,
  rowId,
  isLoading,
  paging,
}: {
  rows: T[]
  columns: Column<T>[]
  empty: string
  rowId: (row: T) => string
  isLoading?: boolean
  paging?: { count: number; state: DataTablePaginationState; onChange: (s: DataTablePaginationState) => void }
}) {
  const helper = createDataTableColumnHelper<T>()
  const defs = useMemo(
    () => columns.map((c) => helper.display({ id: c.id, header: c.header, cell: ({ row }) => c.cell(row.original) })),
    // Column definitions change with the language and the rows' lookups (names, users).
    [columns]
  )
  const table = useDataTable({
    data: rows,
    columns: defs,
    getRowId: rowId,
    rowCount: paging?.count ?? rows.length,
    isLoading,
    ...(paging ? { pagination: { state: paging.state, onPaginationChange: paging.onChange } } : {}),
  })
  if (!isLoading && !rows.length)
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {empty}
      </Text>
    )
  return (
    <div className="-mx-6 -mb-4 border-t first:-mt-4 first:border-t-0">
      <DataTable instance={table}>
        <DataTable.Table />
        {paging && paging.count > paging.state.pageSize && <DataTable.Pagination />}
      </DataTable>
    </div>
  )
}

/** A labelled form field; the label names the input for screen readers and tests. */
export const Field = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size="small">
      {label}
    </Label>
    {children}
  </div>
)

/** A validation or server error under a form. */
export const FormError = ({ message }: { message: string | null }) =>
  message ? (
    <Text size="small" className="text-ui-fg-error" role="alert">
      {message}
    </Text>
  ) : null

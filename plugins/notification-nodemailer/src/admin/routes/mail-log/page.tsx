import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Envelope } from "@medusajs/icons"
import { Container, Heading, StatusBadge, Table, Text, Tooltip } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"

type Mail = {
  id: string
  to: string
  template: string | null
  status: "pending" | "success" | "failure"
  resource_type: string | null
  resource_id: string | null
  error: { message: string; code?: string } | null
  created_at: string
}
type MailLog = { mails: Mail[]; counts: Record<Mail["status"], number>; count: number; offset: number; limit: number }

const STATUS: Record<Mail["status"], { label: string; color: "green" | "red" | "orange" }> = {
  success: { label: "Sent", color: "green" },
  failure: { label: "Failed", color: "red" },
  pending: { label: "Sending", color: "orange" },
}
const PAGE = 20

const MailLogPage = () => {
  const [status, setStatus] = useState<Mail["status"] | undefined>()
  const [offset, setOffset] = useState(0)
  const { data, isLoading } = useQuery({
    queryKey: ["mail-log", status, offset],
    queryFn: () =>
      sdk.client.fetch<MailLog>("/admin/mail-log", {
        query: { limit: PAGE, offset, ...(status ? { status } : {}) },
      }),
    refetchInterval: 5000,
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>E-mail</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Every mail the shop sent through the e-mail channel, newest first.
          </Text>
        </div>
      </div>
      <div className="grid grid-cols-3 gap-4 px-6 py-4" data-testid="mail-counts">
        {(Object.keys(STATUS) as Mail["status"][]).map((s) => (
          <button
            key={s}
            type="button"
            onClick={() => {
              setStatus(status === s ? undefined : s)
              setOffset(0)
            }}
            className={`rounded-lg border p-4 text-left ${status === s ? "border-ui-fg-interactive" : ""}`}
          >
            <StatusBadge color={STATUS[s].color}>{STATUS[s].label}</StatusBadge>
            <div className="mt-2 text-2xl font-semibold" data-testid={`mail-count-${s}`}>
              {data?.counts[s] ?? "–"}
            </div>
          </button>
        ))}
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Template</Table.HeaderCell>
            <Table.HeaderCell>To</Table.HeaderCell>
            <Table.HeaderCell>About</Table.HeaderCell>
            <Table.HeaderCell>When</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {isLoading && (
            <Table.Row>
              <Table.Cell>Loading…</Table.Cell>
            </Table.Row>
          )}
          {data?.mails.map((m) => (
            <Table.Row key={m.id} data-testid="mail-row">
              <Table.Cell>
                {m.error ? (
                  <Tooltip content={`${m.error.code ?? ""} ${m.error.message}`}>
                    <StatusBadge color={STATUS[m.status].color}>{STATUS[m.status].label}</StatusBadge>
                  </Tooltip>
                ) : (
                  <StatusBadge color={STATUS[m.status].color}>{STATUS[m.status].label}</StatusBadge>
                )}
              </Table.Cell>
              <Table.Cell>{m.template}</Table.Cell>
              <Table.Cell>{m.to}</Table.Cell>
              <Table.Cell>{m.resource_type ? `${m.resource_type} ${m.resource_id}` : "–"}</Table.Cell>
              <Table.Cell>{new Date(m.created_at).toLocaleString()}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Table.Pagination
        count={data?.count ?? 0}
        pageSize={PAGE}
        pageIndex={offset / PAGE}
        pageCount={Math.max(1, Math.ceil((data?.count ?? 0) / PAGE))}
        canPreviousPage={offset > 0}
        canNextPage={offset + PAGE < (data?.count ?? 0)}
        previousPage={() => setOffset(Math.max(0, offset - PAGE))}
        nextPage={() => setOffset(offset + PAGE)}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "E-mail",
  icon: Envelope,
})

export default MailLogPage

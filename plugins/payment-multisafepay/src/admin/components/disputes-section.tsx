import { Button, Container, Heading, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useFormat } from "../lib/format"
import { Dispute, DisputeList, sdk, useOrderNumbers } from "../lib/sdk"

/**
 * Chargebacks MultiSafepay reported. An open one is a legal hold on the customer's erasure (privacy plugin),
 * so resolving it is a decision the merchant records here once the dispute is settled.
 */
export const DisputesSection = () => {
  const { t } = useTranslation()
  const f = useFormat()
  const qc = useQueryClient()
  const prompt = usePrompt()
  const { data, isLoading } = useQuery({
    queryKey: ["multisafepay-disputes"],
    queryFn: () =>
      sdk.client.fetch<DisputeList>("/admin/multisafepay/disputes", {
        query: { limit: 50 },
      }),
  })
  const resolve = useMutation({
    mutationFn: (id: string) => sdk.client.fetch<{ dispute: Dispute }>(`/admin/multisafepay/disputes/${id}/resolve`, { method: "POST", body: {} }),
    onSuccess: ({ dispute }) => {
      toast.success(t("multisafepay.disputes.resolved", { id: dispute.msp_order_id }))
      qc.invalidateQueries({ queryKey: ["multisafepay-disputes"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const rows = data?.disputes ?? []
  const open = rows.filter((d) => d.status === "open").length
  const numbers = useOrderNumbers(rows.map((d) => d.order_id))

  return (
    <Container className="divide-y p-0" data-testid="msp-disputes">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("multisafepay.disputes.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("multisafepay.disputes.subtitle")}
          </Text>
        </div>
        <StatusBadge color={open ? "red" : "green"}>{t("multisafepay.disputes.open_count", { count: open })}</StatusBadge>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">{t("multisafepay.loading")}</Text>
      ) : !rows.length ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">{t("multisafepay.disputes.empty")}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("multisafepay.order.msp_order")}</Table.HeaderCell>
              <Table.HeaderCell>{t("multisafepay.late.order")}</Table.HeaderCell>
              <Table.HeaderCell>{t("multisafepay.late.amount")}</Table.HeaderCell>
              <Table.HeaderCell>{t("multisafepay.disputes.received")}</Table.HeaderCell>
              <Table.HeaderCell>{t("multisafepay.order.status")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((d) => (
              <Table.Row key={d.id}>
                <Table.Cell>{d.msp_order_id}</Table.Cell>
                <Table.Cell>
                  {d.order_id ? (
                    <Link to={`/orders/${d.order_id}`} className="text-ui-fg-interactive">
                      {numbers.has(d.order_id) ? t("multisafepay.late.order_number", { number: numbers.get(d.order_id) }) : t("multisafepay.disputes.order")}
                    </Link>
                  ) : (
                    "–"
                  )}
                </Table.Cell>
                <Table.Cell>{f.money(d.amount, d.currency_code)}</Table.Cell>
                <Table.Cell>{f.dateTime(d.created_at)}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={d.status === "open" ? "red" : "green"}>{f.disputeStatus(d.status)}</StatusBadge>
                </Table.Cell>
                <Table.Cell>
                  {d.status === "open" && (
                    <Button
                      size="small"
                      variant="secondary"
                      isLoading={resolve.isPending && resolve.variables === d.id}
                      onClick={async () => {
                        const ok = await prompt({
                          title: t("multisafepay.disputes.resolve_title"),
                          description: t("multisafepay.disputes.resolve_description"),
                          confirmText: t("multisafepay.disputes.resolve"),
                          cancelText: t("multisafepay.actions.back"),
                        })
                        if (ok) resolve.mutate(d.id)
                      }}
                    >
                      {t("multisafepay.disputes.resolve")}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

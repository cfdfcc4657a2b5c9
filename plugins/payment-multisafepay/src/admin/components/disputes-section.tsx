import {
  Button,
  Container,
  Heading,
  StatusBadge,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { Dispute, DisputeList, money, sdk } from "../lib/sdk"

/**
 * Chargebacks MultiSafepay reported. An open one is a legal hold on the customer's erasure (privacy plugin),
 * so resolving it is a decision the merchant records here once the dispute is settled.
 */
export const DisputesSection = () => {
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
    mutationFn: (id: string) =>
      sdk.client.fetch<{ dispute: Dispute }>(
        `/admin/multisafepay/disputes/${id}/resolve`,
        { method: "POST", body: {} }
      ),
    onSuccess: ({ dispute }) => {
      toast.success(`Chargeback ${dispute.msp_order_id} resolved`)
      qc.invalidateQueries({ queryKey: ["multisafepay-disputes"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const rows = data?.disputes ?? []
  const open = rows.filter((d) => d.status === "open").length

  return (
    <Container className="divide-y p-0" data-testid="msp-disputes">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Chargebacks</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            An open chargeback keeps the customer's data from automatic erasure
            until you resolve it.
          </Text>
        </div>
        <StatusBadge color={open ? "red" : "green"}>{open} open</StatusBadge>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">Loading…</Text>
      ) : !rows.length ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">No chargebacks.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>MultiSafepay order</Table.HeaderCell>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Amount</Table.HeaderCell>
              <Table.HeaderCell>Received</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((d) => (
              <Table.Row key={d.id}>
                <Table.Cell>{d.msp_order_id}</Table.Cell>
                <Table.Cell>
                  {d.order_id ? (
                    <Link to={`/orders/${d.order_id}`}>{d.order_id}</Link>
                  ) : (
                    "–"
                  )}
                </Table.Cell>
                <Table.Cell>{money(d.amount, d.currency_code)}</Table.Cell>
                <Table.Cell>
                  {new Date(d.created_at).toLocaleString("nl-NL")}
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge color={d.status === "open" ? "red" : "green"}>
                    {d.status}
                  </StatusBadge>
                </Table.Cell>
                <Table.Cell>
                  {d.status === "open" && (
                    <Button
                      size="small"
                      variant="secondary"
                      isLoading={
                        resolve.isPending && resolve.variables === d.id
                      }
                      onClick={async () => {
                        const ok = await prompt({
                          title: "Resolve chargeback",
                          description:
                            "The dispute is settled (won, accepted or refunded)?",
                          confirmText: "Resolve",
                          cancelText: "Cancel",
                        })
                        if (ok) resolve.mutate(d.id)
                      }}
                    >
                      Resolve
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

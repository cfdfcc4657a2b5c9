import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useParams } from "react-router-dom"
import { AdminAuction, AdminBid, money, sdk, when } from "../../../lib/sdk"

const AuctionDetailPage = () => {
  const { id } = useParams()
  const client = useQueryClient()
  const { data } = useQuery({
    queryKey: ["auction", id],
    queryFn: () => sdk.client.fetch<{ auction: AdminAuction; bids: AdminBid[] }>(`/admin/auctions/${id}`),
    refetchInterval: 3000,
  })
  const refresh = () => client.invalidateQueries({ queryKey: ["auction", id] })
  const cancel = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/auctions/${id}/cancel`, { method: "POST", body: {} }),
    onSuccess: () => {
      toast.success("Kavel geannuleerd")
      refresh()
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const ban = useMutation({
    mutationFn: (customer_id: string) => sdk.client.fetch("/admin/auction-bans", { method: "POST", body: { customer_id } }),
    onSuccess: () => toast.success("Bieder uitgesloten"),
    onError: (e: Error) => toast.error(e.message),
  })
  const a = data?.auction
  if (!a) return <Container>Laden…</Container>
  return (
    <div className="flex flex-col gap-y-4">
      <Container className="flex flex-col gap-y-2">
        <div className="flex items-center justify-between">
          <Heading level="h1">{a.title ?? a.id}</Heading>
          {(a.status === "scheduled" || a.status === "active") && (
            <Button variant="danger" onClick={() => cancel.mutate()} isLoading={cancel.isPending}>
              Annuleren
            </Button>
          )}
        </div>
        <Text size="small">
          Status: <Badge>{a.status}</Badge> {a.result && <Badge color="blue">{a.result}</Badge>} · Einde {when(a.ends_at)} · Huidige
          prijs {money(a.current_price)} · Minimumprijs {money(a.reserve_price)} · Direct kopen {money(a.buy_now_price)}
        </Text>
        {a.winner_customer_id && (
          <Text size="small">
            Winnaar {a.winner_customer_id} ({a.won_via}) voor {money(a.winning_price)} · Betaling: {a.payment_status} · uiterlijk{" "}
            {when(a.payment_due_at)} · Winkelwagen {a.cart_id ?? "–"} · Bestelling {a.order_id ?? "–"}
          </Text>
        )}
      </Container>
      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Biedingen</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>#</Table.HeaderCell>
              <Table.HeaderCell>Bieder</Table.HeaderCell>
              <Table.HeaderCell>Klant</Table.HeaderCell>
              <Table.HeaderCell>Bod</Table.HeaderCell>
              <Table.HeaderCell>Maximum</Table.HeaderCell>
              <Table.HeaderCell>Prijs na bod</Table.HeaderCell>
              <Table.HeaderCell>Resultaat</Table.HeaderCell>
              <Table.HeaderCell>Tijd</Table.HeaderCell>
              <Table.HeaderCell></Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.bids.map((b) => (
              <Table.Row key={b.id} data-testid="auction-bid-row">
                <Table.Cell>{b.sequence}</Table.Cell>
                <Table.Cell>{b.bidder ?? "–"}</Table.Cell>
                <Table.Cell>{b.customer_id}</Table.Cell>
                <Table.Cell>{money(b.amount)}</Table.Cell>
                <Table.Cell>{money(b.max_amount)}</Table.Cell>
                <Table.Cell>{money(b.price_after)}</Table.Cell>
                <Table.Cell>{b.accepted ? (b.outbid ? "overboden" : b.kind) : `geweigerd: ${b.rejection_code}`}</Table.Cell>
                <Table.Cell>{when(b.created_at)}</Table.Cell>
                <Table.Cell>
                  <Button size="small" variant="secondary" onClick={() => ban.mutate(b.customer_id)}>
                    Uitsluiten
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export default AuctionDetailPage

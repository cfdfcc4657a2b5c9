import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { AdminAuction, money, sdk, when } from "../../lib/sdk"

const toLocalInput = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)

function CreateLotForm() {
  const client = useQueryClient()
  const [form, setForm] = useState({
    variant_id: "",
    title: "",
    starts_at: toLocalInput(new Date()),
    ends_at: toLocalInput(new Date(Date.now() + 7 * 86400_000)),
    starting_price: "10",
    reserve_price: "",
    buy_now_price: "",
  })
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.target.value })
  const create = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ auction: AdminAuction }>("/admin/auctions", {
        method: "POST",
        body: {
          variant_id: form.variant_id,
          ...(form.title ? { title: form.title } : {}),
          starts_at: new Date(form.starts_at).toISOString(),
          ends_at: new Date(form.ends_at).toISOString(),
          starting_price: Number(form.starting_price),
          ...(form.reserve_price ? { reserve_price: Number(form.reserve_price) } : {}),
          ...(form.buy_now_price ? { buy_now_price: Number(form.buy_now_price) } : {}),
        },
      }),
    onSuccess: ({ auction }) => {
      toast.success(`Kavel ${auction.id} aangemaakt`)
      client.invalidateQueries({ queryKey: ["auctions"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const field = (k: keyof typeof form, label: string, type = "text") => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`auction-${k}`}>{label}</Label>
      <Input id={`auction-${k}`} name={k} type={type} value={form[k]} onChange={set(k)} />
    </div>
  )
  return (
    <form
      className="grid grid-cols-2 gap-4 px-6 py-4"
      onSubmit={(e) => {
        e.preventDefault()
        create.mutate()
      }}
    >
      {field("variant_id", "Variant ID")}
      {field("title", "Titel")}
      {field("starts_at", "Start", "datetime-local")}
      {field("ends_at", "Einde", "datetime-local")}
      {field("starting_price", "Startprijs (€)", "number")}
      {field("reserve_price", "Minimumprijs, verborgen (€)", "number")}
      {field("buy_now_price", "Direct-kopen-prijs (€)", "number")}
      <div className="flex items-end">
        <Button type="submit" isLoading={create.isPending}>
          Kavel aanmaken
        </Button>
      </div>
    </form>
  )
}

const AuctionsPage = () => {
  const { data, isLoading } = useQuery({
    queryKey: ["auctions"],
    queryFn: () => sdk.client.fetch<{ auctions: AdminAuction[]; count: number }>("/admin/auctions"),
  })
  return (
    <div className="flex flex-col gap-y-4">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Veiling</Heading>
          <Text size="small" className="text-ui-fg-subtle">Kavels aanmaken, plannen en volgen</Text>
        </div>
        <CreateLotForm />
      </Container>
      <Container className="p-0">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Kavel</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Einde</Table.HeaderCell>
              <Table.HeaderCell>Prijs</Table.HeaderCell>
              <Table.HeaderCell>Biedingen</Table.HeaderCell>
              <Table.HeaderCell>Betaling</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {isLoading && (
              <Table.Row>
                <Table.Cell>Laden…</Table.Cell>
              </Table.Row>
            )}
            {data?.auctions.map((a) => (
              <Table.Row key={a.id}>
                <Table.Cell>
                  <Link to={`/auctions/${a.id}`} className="text-ui-fg-interactive">
                    {a.title ?? a.id}
                  </Link>
                </Table.Cell>
                <Table.Cell>{a.result ? `${a.status} (${a.result})` : a.status}</Table.Cell>
                <Table.Cell>{when(a.ends_at)}</Table.Cell>
                <Table.Cell>{money(a.current_price ?? a.starting_price)}</Table.Cell>
                <Table.Cell>{a.bid_count}</Table.Cell>
                <Table.Cell>{a.payment_status ?? "–"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Veiling" })

export default AuctionsPage

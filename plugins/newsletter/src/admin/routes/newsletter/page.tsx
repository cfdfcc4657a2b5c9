import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EnvelopeSolid } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"

type Subscription = {
  id: string
  email: string | null
  status: string
  legal_basis: string
  locale: string
  source: string | null
  created_at: string
  confirmed_at: string | null
}
type ConsentEvent = {
  id: string
  action: string
  occurred_at: string
  source: string | null
  ip: string | null
  user_agent: string | null
  consent_text_id: string | null
  consent_text_hash: string | null
}
type ConsentText = { id: string; locale: string; version: number; body: string; hash: string }

const STATUSES = ["all", "pending", "subscribed", "unsubscribed", "suppressed", "erased"]
const COLORS: Record<string, "green" | "orange" | "grey" | "red" | "purple"> = {
  subscribed: "green",
  pending: "orange",
  unsubscribed: "grey",
  suppressed: "red",
  erased: "purple",
}
const PAGE = 20

const SubscribersPage = () => {
  const [status, setStatus] = useState("all")
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const [selected, setSelected] = useState<string | null>(null)
  const filters = { ...(status !== "all" ? { status } : {}), ...(q ? { q } : {}) }

  const { data, isLoading } = useQuery({
    queryKey: ["newsletter-subscriptions", status, q, offset],
    queryFn: () =>
      sdk.client.fetch<{ newsletter_subscriptions: Subscription[]; count: number }>("/admin/newsletter-subscriptions", {
        query: { ...filters, offset, limit: PAGE },
      }),
  })
  const csv = `/admin/newsletter-subscriptions/export?${new URLSearchParams(filters).toString()}`

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">Newsletter subscribers</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Double opt-in subscriptions with their consent history.
            </Text>
          </div>
          <a href={csv} download>
            <Button variant="secondary" size="small">
              Export CSV
            </Button>
          </a>
        </div>
        <div className="flex gap-x-2 px-6 py-4">
          <div className="w-48">
            <Select value={status} onValueChange={(v) => (setStatus(v), setOffset(0))}>
              <Select.Trigger aria-label="Status">
                <Select.Value placeholder="Status" />
              </Select.Trigger>
              <Select.Content>
                {STATUSES.map((s) => (
                  <Select.Item key={s} value={s}>
                    {s}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <Input
            type="search"
            placeholder="Search e-mail"
            value={q}
            onChange={(e) => (setQ(e.target.value), setOffset(0))}
            className="w-64"
          />
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>E-mail</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Legal basis</Table.HeaderCell>
              <Table.HeaderCell>Locale</Table.HeaderCell>
              <Table.HeaderCell>Confirmed</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.newsletter_subscriptions ?? []).map((s) => (
              <Table.Row key={s.id} onClick={() => setSelected(s.id)} className="cursor-pointer">
                <Table.Cell>{s.email ?? <span className="text-ui-fg-muted">(erased)</span>}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={COLORS[s.status] ?? "grey"}>
                    {s.status}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{s.legal_basis}</Table.Cell>
                <Table.Cell>{s.locale}</Table.Cell>
                <Table.Cell>{s.confirmed_at ? new Date(s.confirmed_at).toLocaleString() : "-"}</Table.Cell>
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
        {isLoading && <Text className="px-6 py-4">Loading…</Text>}
      </Container>
      {selected && <History id={selected} onClose={() => setSelected(null)} />}
      <ConsentTexts />
    </div>
  )
}

const History = ({ id, onClose }: { id: string; onClose: () => void }) => {
  const { data } = useQuery({
    queryKey: ["newsletter-subscription", id],
    queryFn: () =>
      sdk.client.fetch<{ newsletter_subscription: Subscription & { consent_events: ConsentEvent[] } }>(
        `/admin/newsletter-subscriptions/${id}`
      ),
  })
  const sub = data?.newsletter_subscription
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Consent history {sub?.email ? `of ${sub.email}` : ""}</Heading>
        <Button variant="transparent" size="small" onClick={onClose}>
          Close
        </Button>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>When</Table.HeaderCell>
            <Table.HeaderCell>Action</Table.HeaderCell>
            <Table.HeaderCell>Source</Table.HeaderCell>
            <Table.HeaderCell>IP</Table.HeaderCell>
            <Table.HeaderCell>User agent</Table.HeaderCell>
            <Table.HeaderCell>Consent text</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(sub?.consent_events ?? []).map((e) => (
            <Table.Row key={e.id}>
              <Table.Cell>{new Date(e.occurred_at).toLocaleString()}</Table.Cell>
              <Table.Cell>{e.action}</Table.Cell>
              <Table.Cell>{e.source ?? "-"}</Table.Cell>
              <Table.Cell>{e.ip ?? "-"}</Table.Cell>
              <Table.Cell className="max-w-[200px] truncate">{e.user_agent ?? "-"}</Table.Cell>
              <Table.Cell>
                {e.consent_text_id ? `${e.consent_text_id} (${e.consent_text_hash?.slice(0, 8)})` : "-"}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

const ConsentTexts = () => {
  const client = useQueryClient()
  const [locale, setLocale] = useState("nl")
  const [body, setBody] = useState("")
  const { data } = useQuery({
    queryKey: ["newsletter-consent-texts"],
    queryFn: () => sdk.client.fetch<{ consent_texts: ConsentText[] }>("/admin/newsletter-consent-texts"),
  })
  const publish = useMutation({
    mutationFn: () => sdk.client.fetch("/admin/newsletter-consent-texts", { method: "POST", body: { locale, body } }),
    onSuccess: () => {
      setBody("")
      toast.success("New consent text version published")
      client.invalidateQueries({ queryKey: ["newsletter-consent-texts"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">Consent texts</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        The exact wording shown next to the subscribe form. Publishing adds a version; the ledger keeps pointing at the
        versions people saw.
      </Text>
      {(data?.consent_texts ?? []).map((t) => (
        <Text key={t.id} size="small">
          <strong>
            {t.locale} v{t.version}
          </strong>{" "}
          {t.body}
        </Text>
      ))}
      <div className="flex gap-x-2">
        <div className="w-24">
          <Label>Locale</Label>
          <Select value={locale} onValueChange={setLocale}>
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="nl">nl</Select.Item>
              <Select.Item value="en">en</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <div className="flex-1">
          <Label>Text</Label>
          <Textarea value={body} onChange={(e) => setBody(e.target.value)} />
        </div>
      </div>
      <div>
        <Button
          size="small"
          disabled={body.trim().length < 10}
          isLoading={publish.isPending}
          onClick={() => publish.mutate()}
        >
          Publish version
        </Button>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Newsletter", icon: EnvelopeSolid })

export default SubscribersPage

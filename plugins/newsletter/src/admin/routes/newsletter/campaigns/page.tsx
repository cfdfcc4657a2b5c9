import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../../lib/sdk"

type Progress = { total: number; sent: number; failed: number; skipped: number; remaining: number }
type Campaign = {
  id: string
  subject: string
  status: "draft" | "sending" | "sent"
  created_at: string
  progress: Progress
}
type Preview = { subject: string; html: string; text: string; headers: Record<string, string> }

const CampaignsPage = () => {
  const client = useQueryClient()
  const [subject, setSubject] = useState("")
  const [html, setHtml] = useState("")
  const [text, setText] = useState("")
  const { data } = useQuery({
    queryKey: ["newsletter-campaigns"],
    queryFn: () => sdk.client.fetch<{ newsletter_campaigns: Campaign[] }>("/admin/newsletter-campaigns"),
    // Progress comes from the delivery rows; refresh while anything is sending.
    refetchInterval: (q) => (q.state.data?.newsletter_campaigns.some((c) => c.status === "sending") ? 1000 : false),
  })
  const create = useMutation({
    mutationFn: () =>
      sdk.client.fetch("/admin/newsletter-campaigns", { method: "POST", body: { subject, html, text } }),
    onSuccess: () => {
      setSubject("")
      setHtml("")
      setText("")
      toast.success("Draft saved")
      client.invalidateQueries({ queryKey: ["newsletter-campaigns"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <Heading level="h1">Compose a newsletter</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Softshop's own content only. Every mail gets an unsubscribe link and one-click unsubscribe headers.
        </Text>
        <div>
          <Label htmlFor="nl-subject">Subject</Label>
          <Input id="nl-subject" value={subject} onChange={(e) => setSubject(e.target.value)} />
        </div>
        <div>
          <Label htmlFor="nl-html">HTML</Label>
          <Textarea id="nl-html" rows={6} value={html} onChange={(e) => setHtml(e.target.value)} />
        </div>
        <div>
          <Label htmlFor="nl-text">Plain text</Label>
          <Textarea id="nl-text" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div>
          <Button
            size="small"
            disabled={!subject || !html || !text}
            isLoading={create.isPending}
            onClick={() => create.mutate()}
          >
            Save draft
          </Button>
        </div>
      </Container>
      {(data?.newsletter_campaigns ?? []).map((c) => (
        <CampaignCard key={c.id} campaign={c} />
      ))}
    </div>
  )
}

const CampaignCard = ({ campaign }: { campaign: Campaign }) => {
  const client = useQueryClient()
  const [testTo, setTestTo] = useState("")
  const [preview, setPreview] = useState<Preview | null>(null)
  const p = campaign.progress
  const done = p.sent + p.failed + p.skipped
  const percent = p.total ? Math.round((done / p.total) * 100) : campaign.status === "sent" ? 100 : 0
  const refresh = () => client.invalidateQueries({ queryKey: ["newsletter-campaigns"] })
  const send = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/newsletter-campaigns/${campaign.id}/send`, { method: "POST" }),
    onSuccess: refresh,
    onError: (e: Error) => toast.error(e.message),
  })
  const test = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/newsletter-campaigns/${campaign.id}/test-send`, {
        method: "POST",
        body: { email: testTo },
      }),
    onSuccess: () => toast.success("Test mail sent"),
    onError: (e: Error) => toast.error(e.message),
  })
  const showPreview = async () => {
    const res = await sdk.client.fetch<{ preview: Preview }>(`/admin/newsletter-campaigns/${campaign.id}/preview`)
    setPreview(res.preview)
  }

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-campaign={campaign.id}>
      <div className="flex items-center justify-between">
        <Heading level="h2">{campaign.subject}</Heading>
        <Badge
          size="2xsmall"
          color={campaign.status === "sent" ? "green" : campaign.status === "sending" ? "orange" : "grey"}
        >
          {campaign.status}
        </Badge>
      </div>
      {campaign.status !== "draft" && (
        <div className="flex flex-col gap-y-1">
          <div
            role="progressbar"
            aria-label={`Progress of ${campaign.subject}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded"
          >
            <div className="bg-ui-fg-interactive h-2" style={{ width: `${percent}%` }} />
          </div>
          <Text size="small">
            {percent}% · sent {p.sent} · failed {p.failed} · skipped {p.skipped} · remaining {p.remaining} of {p.total}
          </Text>
        </div>
      )}
      {campaign.status === "draft" && (
        <div className="flex flex-wrap items-end gap-2">
          <Button size="small" variant="secondary" onClick={showPreview}>
            Preview
          </Button>
          <Input
            className="w-64"
            placeholder="Test address"
            value={testTo}
            onChange={(e) => setTestTo(e.target.value)}
          />
          <Button
            size="small"
            variant="secondary"
            disabled={!testTo}
            isLoading={test.isPending}
            onClick={() => test.mutate()}
          >
            Send test
          </Button>
          <Button size="small" isLoading={send.isPending} onClick={() => send.mutate()}>
            Send to all subscribers
          </Button>
        </div>
      )}
      {preview && <iframe title="Preview" sandbox="" srcDoc={preview.html} className="h-64 w-full rounded border" />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Campaigns" })

export default CampaignsPage

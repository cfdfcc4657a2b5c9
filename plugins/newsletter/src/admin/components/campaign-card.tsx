import { Button, Container, Heading, Input, Label, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { toLocalInput, useFormat } from "../lib/format"
import { Campaign, Preview, sdk } from "../lib/sdk"

const audience = () => sdk.client.fetch<{ audience: { count: number } }>("/admin/newsletter-campaigns/audience").then((r) => r.audience.count)

/** One campaign: progress while sending; for a draft edit, preview, test, send (with its audience size) or schedule. */
export const CampaignCard = ({ campaign, onEdit }: { campaign: Campaign; onEdit: () => void }) => {
  const { t } = useTranslation()
  const f = useFormat()
  const prompt = usePrompt()
  const client = useQueryClient()
  const [testTo, setTestTo] = useState("")
  const [sendAt, setSendAt] = useState(toLocalInput(new Date(Date.now() + 3600_000)))
  const [preview, setPreview] = useState<Preview | null>(null)
  const p = campaign.progress
  const done = p.sent + p.failed + p.skipped
  const percent = p.total ? Math.round((done / p.total) * 100) : campaign.status === "sent" ? 100 : 0
  const shownStatus = campaign.status === "draft" && campaign.send_at ? "scheduled" : campaign.status
  const refresh = () => client.invalidateQueries({ queryKey: ["newsletter-campaigns"] })
  const fail = (e: Error) => toast.error(e.message)

  const send = useMutation({
    mutationFn: async () => {
      const count = await audience()
      if (!count) throw new Error(t("newsletter.campaigns.noAudience"))
      const ok = await prompt({
        title: t("newsletter.campaigns.sendTitle", { count, n: f.number(count) }),
        description: t("newsletter.campaigns.sendDescription", { subject: campaign.subject }),
        confirmText: t("newsletter.campaigns.sendConfirm"),
        cancelText: t("newsletter.campaigns.sendCancel"),
      })
      if (ok) await sdk.client.fetch(`/admin/newsletter-campaigns/${campaign.id}/send`, { method: "POST" })
    },
    onSuccess: refresh,
    onError: fail,
  })
  const schedule = useMutation({
    mutationFn: async (at: Date | null) => {
      if (at) {
        const count = await audience()
        const ok = await prompt({
          title: t("newsletter.campaigns.scheduleTitle", { when: f.date(at) }),
          description: t("newsletter.campaigns.scheduleDescription", { subject: campaign.subject, n: f.number(count) }),
          confirmText: t("newsletter.campaigns.schedule"),
          cancelText: t("newsletter.campaigns.sendCancel"),
          variant: "confirmation",
        })
        if (!ok) return false
      }
      await sdk.client.fetch(`/admin/newsletter-campaigns/${campaign.id}`, {
        method: "POST",
        body: { send_at: at ? at.toISOString() : null },
      })
      return true
    },
    onSuccess: (changed, at) => {
      if (!changed) return
      toast.success(at ? t("newsletter.campaigns.scheduled", { when: f.date(at) }) : t("newsletter.campaigns.unscheduled"))
      refresh()
    },
    onError: fail,
  })
  const test = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/newsletter-campaigns/${campaign.id}/test-send`, { method: "POST", body: { email: testTo } }),
    onSuccess: () => toast.success(t("newsletter.campaigns.testSent")),
    onError: fail,
  })
  const showPreview = async () => {
    const res = await sdk.client.fetch<{ preview: Preview }>(`/admin/newsletter-campaigns/${campaign.id}/preview`)
    setPreview(res.preview)
  }

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-campaign={campaign.id}>
      <div className="flex items-center justify-between">
        <Heading level="h2">{campaign.subject}</Heading>
        <StatusBadge color={shownStatus === "sent" ? "green" : shownStatus === "sending" ? "orange" : shownStatus === "scheduled" ? "blue" : "grey"}>
          {t(`newsletter.campaigns.status.${shownStatus}`)}
        </StatusBadge>
      </div>
      {campaign.send_at && campaign.status === "draft" && (
        <Text size="small" data-testid="campaign-scheduled">
          {t("newsletter.campaigns.scheduled", { when: f.date(campaign.send_at) })}
        </Text>
      )}
      {campaign.status !== "draft" && (
        <div className="flex flex-col gap-y-1">
          <div
            role="progressbar"
            aria-label={t("newsletter.campaigns.progressLabel", { subject: campaign.subject })}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded"
          >
            <div className="bg-ui-fg-interactive h-2" style={{ width: `${percent}%` }} />
          </div>
          <Text size="small" data-testid="campaign-progress">
            {t("newsletter.campaigns.progress", { percent, ...p })}
          </Text>
        </div>
      )}
      {campaign.status === "draft" && (
        <div className="flex flex-col gap-y-3">
          <div className="flex flex-wrap items-end gap-2">
            <Button size="small" variant="secondary" onClick={onEdit}>
              {t("newsletter.campaigns.edit")}
            </Button>
            <Button size="small" variant="secondary" onClick={showPreview}>
              {t("newsletter.campaigns.preview")}
            </Button>
            <Input
              className="w-64"
              aria-label={t("newsletter.campaigns.testAddress")}
              placeholder={t("newsletter.campaigns.testAddress")}
              value={testTo}
              onChange={(e) => setTestTo(e.target.value)}
            />
            <Button size="small" variant="secondary" disabled={!testTo} isLoading={test.isPending} onClick={() => test.mutate()}>
              {t("newsletter.campaigns.sendTest")}
            </Button>
            <Button size="small" isLoading={send.isPending} onClick={() => send.mutate()}>
              {t("newsletter.campaigns.send")}
            </Button>
          </div>
          <div className="flex flex-wrap items-end gap-2">
            <div className="flex flex-col gap-y-1">
              <Label size="small" htmlFor={`send-at-${campaign.id}`}>
                {t("newsletter.campaigns.scheduleAt")}
              </Label>
              <Input id={`send-at-${campaign.id}`} type="datetime-local" value={sendAt} onChange={(e) => setSendAt(e.target.value)} />
            </div>
            <Button size="small" variant="secondary" isLoading={schedule.isPending} onClick={() => schedule.mutate(new Date(sendAt))}>
              {t("newsletter.campaigns.schedule")}
            </Button>
            {campaign.send_at && (
              <Button size="small" variant="transparent" onClick={() => schedule.mutate(null)}>
                {t("newsletter.campaigns.unschedule")}
              </Button>
            )}
          </div>
        </div>
      )}
      {preview && (
        <div className="flex flex-col gap-y-2 rounded border p-3" data-testid="campaign-preview">
          <Text size="small" weight="plus">
            {t("newsletter.campaigns.subject")}: {preview.subject}
          </Text>
          <div>
            <Text size="xsmall" weight="plus">
              {t("newsletter.campaigns.previewHeaders")}
            </Text>
            {Object.entries(preview.headers).map(([k, v]) => (
              <Text key={k} size="xsmall" className="text-ui-fg-subtle font-mono">
                {k}: {v}
              </Text>
            ))}
          </div>
          <iframe title={t("newsletter.campaigns.preview")} sandbox="" srcDoc={preview.html} className="h-64 w-full rounded border bg-white" />
        </div>
      )}
    </Container>
  )
}

import { Button, Container, Heading, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { renderMarkdown } from "../lib/markdown"
import { Campaign, sdk } from "../lib/sdk"

/** Compose a new draft or edit one: subject, Markdown body, live preview of the HTML part. */
export const CampaignEditor = ({ draft, onDone }: { draft: Campaign | null; onDone: () => void }) => {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [subject, setSubject] = useState(draft?.subject ?? "")
  const [markdown, setMarkdown] = useState(draft ? (draft.markdown ?? draft.text) : "")
  const rendered = useMemo(() => renderMarkdown(markdown), [markdown])
  const save = useMutation({
    mutationFn: () =>
      sdk.client.fetch(draft ? `/admin/newsletter-campaigns/${draft.id}` : "/admin/newsletter-campaigns", {
        method: "POST",
        body: { subject, markdown, html: rendered.html, text: rendered.text },
      }),
    onSuccess: () => {
      if (!draft) {
        setSubject("")
        setMarkdown("")
      }
      toast.success(t("newsletter.campaigns.saved"))
      client.invalidateQueries({ queryKey: ["newsletter-campaigns"] })
      onDone()
    },
    onError: (e: Error) => toast.error(e.message),
  })
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="campaign-editor">
      <div className="flex items-center justify-between">
        <Heading level="h1">{draft ? t("newsletter.campaigns.editing") : t("newsletter.campaigns.compose")}</Heading>
        {draft && (
          <Button size="small" variant="transparent" onClick={onDone}>
            {t("newsletter.campaigns.newDraft")}
          </Button>
        )}
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {t("newsletter.campaigns.help")}
      </Text>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="nl-subject">{t("newsletter.campaigns.subject")}</Label>
        <Input id="nl-subject" value={subject} maxLength={200} onChange={(e) => setSubject(e.target.value)} />
      </div>
      <div className="grid grid-cols-2 gap-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="nl-body">{t("newsletter.campaigns.body")}</Label>
          <Textarea id="nl-body" rows={12} className="font-mono" value={markdown} onChange={(e) => setMarkdown(e.target.value)} />
          {draft && !draft.markdown && (
            <Text size="xsmall" className="text-ui-fg-muted">
              {t("newsletter.campaigns.legacyHtml")}
            </Text>
          )}
        </div>
        <div className="flex flex-col gap-y-1">
          <Label>{t("newsletter.campaigns.livePreview")}</Label>
          <iframe
            title={t("newsletter.campaigns.livePreview")}
            sandbox=""
            srcDoc={rendered.html}
            className="h-full min-h-[240px] w-full rounded border bg-white"
          />
        </div>
      </div>
      <div>
        <Button size="small" disabled={!subject.trim() || !markdown.trim()} isLoading={save.isPending} onClick={() => save.mutate()}>
          {draft ? t("newsletter.campaigns.update") : t("newsletter.campaigns.save")}
        </Button>
      </div>
    </Container>
  )
}

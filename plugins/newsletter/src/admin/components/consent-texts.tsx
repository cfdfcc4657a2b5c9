import { Button, Container, Heading, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"

type ConsentText = { id: string; locale: string; version: number; body: string; hash: string }

/** The versioned consent wording per language, and publishing a new version. */
export const ConsentTexts = () => {
  const { t } = useTranslation()
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
      toast.success(t("newsletter.consentTexts.published"))
      client.invalidateQueries({ queryKey: ["newsletter-consent-texts"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{t("newsletter.consentTexts.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("newsletter.consentTexts.help")}
      </Text>
      {(data?.consent_texts ?? []).map((c) => (
        <Text key={c.id} size="small">
          <strong>
            {t("newsletter.consentTexts.version", { locale: t(`newsletter.consentTexts.${c.locale}`, { defaultValue: c.locale }), version: c.version })}
          </strong>{" "}
          {c.body}
        </Text>
      ))}
      <div className="flex gap-x-2">
        <div className="w-40">
          <Label>{t("newsletter.consentTexts.locale")}</Label>
          <Select value={locale} onValueChange={setLocale}>
            <Select.Trigger aria-label={t("newsletter.consentTexts.locale")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="nl">{t("newsletter.consentTexts.nl")}</Select.Item>
              <Select.Item value="en">{t("newsletter.consentTexts.en")}</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <div className="flex-1">
          <Label htmlFor="nl-consent-text">{t("newsletter.consentTexts.text")}</Label>
          <Textarea id="nl-consent-text" value={body} onChange={(e) => setBody(e.target.value)} />
        </div>
      </div>
      <div>
        <Button size="small" disabled={body.trim().length < 10} isLoading={publish.isPending} onClick={() => publish.mutate()}>
          {t("newsletter.consentTexts.publish")}
        </Button>
      </div>
    </Container>
  )
}

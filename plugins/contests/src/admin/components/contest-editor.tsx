import { Button, Checkbox, FocusModal, Heading, Input, Label, Select, StatusBadge, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { AdminContest, LimitCheck, sdk } from "../lib/sdk"

const local = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)

/** The template's starting values: every item the Gedragscode asks for has a field. */
const template = () => ({
  title: "",
  description: "",
  starts_at: local(new Date()),
  ends_at: local(new Date(Date.now() + 14 * 86400_000)),
  /** Empty: the draw runs at the end of the contest. */
  draw_at: "",
  prize_name: "",
  prize_value: "0",
  prize_quantity: "1",
  /** The merchant's own details: empty for a first contest, then carried over from the latest one (latestDetails). */
  organiser: "",
  promoted_product: "",
  skill_question: "",
  skill_correct_answer: "",
  minimum_age: "18",
  minors_with_parental_consent: false,
  announcement: "De winnaars worden binnen 7 dagen na de trekking op de actiepagina bekendgemaakt.",
  gambling_tax: "paid_by_organiser",
  complaints_contact: "",
  terms_url: "",
  claim_days: "14",
})
type Form = ReturnType<typeof template>

/** Fields a new contest takes over from the merchant's latest contest (their name, address, complaints desk, terms page). */
const CARRIED = ["organiser", "complaints_contact", "terms_url", "announcement"] as const
type Carried = Partial<Record<(typeof CARRIED)[number], string | null>>

async function latestDetails(): Promise<Carried> {
  const { contests } = await sdk.client.fetch<{ contests: Carried[] }>("/admin/contests", { query: { limit: 1 } })
  return contests[0] ?? {}
}

/** The latest contest's details in the fields the merchant has not typed in yet. */
const withCarried = (form: Form, latest: Carried): Form => {
  const fresh = template()
  const next = { ...form }
  for (const k of CARRIED) {
    const v = latest[k]
    if (v && form[k] === fresh[k]) next[k] = v
  }
  return next
}

const bodyOf = (f: Form) => {
  const quantity = Number(f.prize_quantity) || 0
  return {
    title: f.title,
    description: f.description,
    starts_at: new Date(f.starts_at).toISOString(),
    ends_at: new Date(f.ends_at).toISOString(),
    ...(f.draw_at ? { draw_at: new Date(f.draw_at).toISOString() } : {}),
    prizes: [{ name: f.prize_name, value: Number(f.prize_value) || 0, quantity }],
    winner_count: quantity,
    organiser: f.organiser,
    promoted_product: f.promoted_product,
    skill_question: f.skill_question || null,
    skill_correct_answer: f.skill_correct_answer || null,
    minimum_age: f.minimum_age === "" ? null : Number(f.minimum_age),
    minors_with_parental_consent: f.minors_with_parental_consent,
    announcement: f.announcement,
    gambling_tax: f.gambling_tax,
    complaints_contact: f.complaints_contact,
    terms_url: f.terms_url,
    claim_days: Number(f.claim_days) || 14,
  }
}

/** The code-limit checks and the rendered terms, refreshed as the admin types. */
function useLiveChecks(form: Form) {
  const [state, setState] = useState<{ checks: LimitCheck[]; terms: string; error: string | null }>({ checks: [], terms: "", error: null })
  useEffect(() => {
    const timer = setTimeout(() => {
      sdk.client
        .fetch<{ checks: LimitCheck[]; terms: { body_nl: string } }>("/admin/contest-checks", { method: "POST", body: bodyOf(form) })
        .then((r) => setState({ checks: r.checks, terms: r.terms.body_nl, error: null }))
        .catch((e: Error) => setState((s) => ({ ...s, error: e.message })))
    }, 300)
    return () => clearTimeout(timer)
  }, [JSON.stringify(form)])
  return state
}

export const ContestEditor = () => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<Form>(template)
  const live = useLiveChecks(form)
  const client = useQueryClient()
  const navigate = useNavigate()
  const create = useMutation({
    mutationFn: () => sdk.client.fetch<{ contest: AdminContest }>("/admin/contests", { method: "POST", body: bodyOf(form) }),
    onSuccess: ({ contest }) => {
      client.invalidateQueries({ queryKey: ["contests"] })
      setOpen(false)
      navigate(`/contests/${contest.id}`)
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const set = (k: keyof Form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value })
  const field = (k: keyof Form, type = "text") => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`contest-${k}`}>{t(`contests.fields.${k}`)}</Label>
      <Input id={`contest-${k}`} type={type} value={String(form[k])} onChange={set(k)} />
    </div>
  )
  return (
    <FocusModal
      open={open}
      onOpenChange={(o) => {
        setOpen(o)
        if (!o) return
        setForm(template())
        latestDetails()
          .then((latest) => setForm((f) => withCarried(f, latest)))
          .catch(() => toast.warning(t("contests.carryOverFailed")))
      }}
    >
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          {t("contests.create")}
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <FocusModal.Header>
          <Button size="small" onClick={() => create.mutate()} isLoading={create.isPending} disabled={live.checks.some((c) => !c.ok)}>
            {t("contests.save")}
          </Button>
        </FocusModal.Header>
        <FocusModal.Body className="flex overflow-y-auto">
          <div className="grid w-1/2 grid-cols-2 content-start gap-4 p-6">
            <Heading className="col-span-2">{t("contests.editorTitle")}</Heading>
            {field("title")}
            {field("promoted_product")}
            <div className="col-span-2 flex flex-col gap-y-1">
              <Label htmlFor="contest-description">{t("contests.fields.description")}</Label>
              <Textarea id="contest-description" value={form.description} onChange={set("description")} />
            </div>
            {field("starts_at", "datetime-local")}
            {field("ends_at", "datetime-local")}
            {field("draw_at", "datetime-local")}
            {field("prize_name")}
            {field("prize_value", "number")}
            {field("prize_quantity", "number")}
            {field("claim_days", "number")}
            {field("organiser")}
            {field("complaints_contact")}
            {field("announcement")}
            {field("terms_url")}
            {field("skill_question")}
            {field("skill_correct_answer")}
            {field("minimum_age", "number")}
            <div className="flex flex-col gap-y-1">
              <Label>{t("contests.fields.gambling_tax")}</Label>
              <Select value={form.gambling_tax} onValueChange={(v) => setForm({ ...form, gambling_tax: v })}>
                <Select.Trigger>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {["paid_by_organiser", "not_applicable"].map((v) => (
                    <Select.Item key={v} value={v}>
                      {t(`contests.gamblingTax.${v}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="col-span-2 flex items-center gap-x-2">
              <Checkbox
                id="contest-minors"
                checked={form.minors_with_parental_consent}
                onCheckedChange={(v) => setForm({ ...form, minors_with_parental_consent: v === true })}
              />
              <Label htmlFor="contest-minors">{t("contests.fields.minors_with_parental_consent")}</Label>
            </div>
          </div>
          <div className="flex w-1/2 flex-col gap-y-4 border-l p-6">
            <Heading level="h2">{t("contests.checks")}</Heading>
            {live.error && (
              <Text className="text-ui-fg-error" data-testid="contest-input-error">
                {live.error}
              </Text>
            )}
            <ul className="flex flex-col gap-y-1" data-testid="contest-checks">
              {live.checks.map((c) => (
                <li key={c.rule} className="flex items-start gap-x-2" title={c.message}>
                  <StatusBadge color={c.ok ? "green" : "red"}>{c.ok ? "OK" : "✗"}</StatusBadge>
                  <Text size="small">
                    {t(`contests.rules.${c.rule}`)}
                    {c.ok ? "" : ` — ${c.message}`}
                  </Text>
                </li>
              ))}
            </ul>
            <Heading level="h2">{t("contests.termsPreview")}</Heading>
            <pre className="txt-small whitespace-pre-wrap rounded border p-3" data-testid="contest-terms-preview">
              {live.terms}
            </pre>
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

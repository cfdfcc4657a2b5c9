import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Table, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { CheckText, Policy, PolicyReason, sdk, when } from "../../../lib/sdk"

const emptyReason = (): PolicyReason => ({
  code: "",
  label: { nl: "", en: "" },
  description: { nl: "", en: "" },
})

/** Publishes a new moderation policy version from an editable copy of the current one. */
const PolicyEditor = () => {
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const prompt = usePrompt()
  const { data } = useQuery({
    queryKey: ["review-policies"],
    queryFn: () => sdk.client.fetch<{ review_policies: Policy[] }>("/admin/review-policies"),
  })
  const current = data?.review_policies[0]
  const [reasons, setReasons] = useState<PolicyReason[]>([])
  useEffect(
    () =>
      setReasons(
        current
          ? current.reasons.map((r) => ({
              ...r,
              description: r.description ?? { nl: "", en: "" },
            }))
          : []
      ),
    [current?.id]
  )
  const publish = useMutation({
    mutationFn: () =>
      sdk.client.fetch("/admin/review-policies", {
        method: "POST",
        body: {
          reasons: reasons.map((r) => ({
            code: r.code,
            label: r.label,
            ...(r.description?.nl && r.description?.en ? { description: r.description } : {}),
          })),
        },
      }),
    onSuccess: () => {
      toast.success(t("reviews.policies.published"))
      client.invalidateQueries({ queryKey: ["review-policies"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const set = (i: number, path: "code" | "label.nl" | "label.en" | "description.nl" | "description.en", v: string) =>
    setReasons((rs) =>
      rs.map((r, j) => {
        if (j !== i) return r
        if (path === "code") return { ...r, code: v }
        const [k, l] = path.split(".") as ["label" | "description", "nl" | "en"]
        return { ...r, [k]: { ...(r[k] ?? { nl: "", en: "" }), [l]: v } }
      })
    )
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t("reviews.policies.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {current
            ? t("reviews.policies.current", {
                version: current.version,
                date: when(current.created_at, i18n.language ?? "en"),
              })
            : "…"}
        </Text>
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        {reasons.map((r, i) => (
          <fieldset key={i} className="grid grid-cols-5 gap-2" aria-label={t("reviews.policies.reason_n", { n: i + 1 })}>
            <Input
              aria-label={t("reviews.policies.code")}
              placeholder={t("reviews.policies.code")}
              value={r.code}
              onChange={(e) => set(i, "code", e.target.value)}
            />
            <Input
              aria-label={t("reviews.policies.label_nl")}
              placeholder={t("reviews.policies.label_nl")}
              value={r.label.nl}
              onChange={(e) => set(i, "label.nl", e.target.value)}
            />
            <Input
              aria-label={t("reviews.policies.label_en")}
              placeholder={t("reviews.policies.label_en")}
              value={r.label.en}
              onChange={(e) => set(i, "label.en", e.target.value)}
            />
            <Input
              aria-label={t("reviews.policies.description_nl")}
              placeholder={t("reviews.policies.description_nl")}
              value={r.description?.nl ?? ""}
              onChange={(e) => set(i, "description.nl", e.target.value)}
            />
            <Input
              aria-label={t("reviews.policies.description_en")}
              placeholder={t("reviews.policies.description_en")}
              value={r.description?.en ?? ""}
              onChange={(e) => set(i, "description.en", e.target.value)}
            />
          </fieldset>
        ))}
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" onClick={() => setReasons((rs) => [...rs, emptyReason()])}>
            {t("reviews.policies.add_reason")}
          </Button>
          <Button
            size="small"
            isLoading={publish.isPending}
            onClick={async () => {
              if (
                await prompt({
                  title: t("reviews.policies.publish_title"),
                  description: t("reviews.policies.publish_body"),
                  confirmText: t("reviews.policies.publish"),
                  cancelText: t("reviews.actions.cancel"),
                })
              )
                publish.mutate()
            }}
          >
            {t("reviews.policies.publish")}
          </Button>
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("reviews.policies.version")}</Table.HeaderCell>
            <Table.HeaderCell>{t("reviews.policies.reasons")}</Table.HeaderCell>
            <Table.HeaderCell>{t("reviews.policies.published_at")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.review_policies ?? []).map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>v{p.version}</Table.Cell>
              <Table.Cell>{p.reasons.map((r) => r.label[(i18n.language ?? "en").startsWith("nl") ? "nl" : "en"]).join(", ")}</Table.Cell>
              <Table.Cell>{when(p.created_at, i18n.language ?? "en")}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

/** The public "how we check reviews" text (EU Omnibus): each save publishes a new version. */
const CheckTextEditor = () => {
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const { data } = useQuery({
    queryKey: ["review-check-texts"],
    queryFn: () => sdk.client.fetch<{ review_check_texts: CheckText[] }>("/admin/review-check-texts"),
  })
  const current = data?.review_check_texts[0]
  const [nl, setNl] = useState("")
  const [en, setEn] = useState("")
  useEffect(() => {
    setNl(current?.body_nl ?? "")
    setEn(current?.body_en ?? "")
  }, [current?.id])
  const publish = useMutation({
    mutationFn: () =>
      sdk.client.fetch("/admin/review-check-texts", {
        method: "POST",
        body: { body_nl: nl, body_en: en },
      }),
    onSuccess: () => {
      toast.success(t("reviews.check_text.published"))
      client.invalidateQueries({ queryKey: ["review-check-texts"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <div>
        <Heading>{t("reviews.check_text.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {current
            ? t("reviews.check_text.current", {
                version: current.version,
                date: when(current.created_at, i18n.language ?? "en"),
              })
            : "…"}
        </Text>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="check-nl">{t("reviews.check_text.nl")}</Label>
        <Textarea id="check-nl" rows={5} value={nl} onChange={(e) => setNl(e.target.value)} />
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="check-en">{t("reviews.check_text.en")}</Label>
        <Textarea id="check-en" rows={5} value={en} onChange={(e) => setEn(e.target.value)} />
      </div>
      <div>
        <Button size="small" disabled={nl.trim().length < 20 || en.trim().length < 20} isLoading={publish.isPending} onClick={() => publish.mutate()}>
          {t("reviews.check_text.publish")}
        </Button>
      </div>
    </Container>
  )
}

const PoliciesPage = () => (
  <div className="flex flex-col gap-y-4">
    <PolicyEditor />
    <CheckTextEditor />
  </div>
)

export const config = defineRouteConfig({})

export default PoliciesPage

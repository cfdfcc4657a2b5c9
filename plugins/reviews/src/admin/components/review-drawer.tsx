import { Button, Drawer, Heading, Label, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useCurrentPolicy, useModerate, useReasonLabel } from "../lib/hooks"
import { AdminReview, AuditEntry, sdk, stars, when } from "../lib/sdk"
import { DecisionModal } from "./decision-modal"
import { Flags, StatusLabel, VerificationLabel } from "./labels"

/** One review: text, photos, verification, decisions, reply editor and the whole audit trail. */
export const ReviewDrawer = ({ id, onClose }: { id: string | null; onClose: () => void }) => {
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const prompt = usePrompt()
  const policy = useCurrentPolicy()
  const reasonLabel = useReasonLabel()
  const moderate = useModerate()
  // The decision modal keeps its own copy of the review id: it stays open even if the drawer closes underneath.
  const [modal, setModal] = useState<{
    id: string
    action: "reject" | "unpublish"
  } | null>(null)
  const [reply, setReply] = useState("")
  const { data } = useQuery({
    queryKey: ["reviews", "detail", id],
    queryFn: () => sdk.client.fetch<{ review: AdminReview; audit: AuditEntry[] }>(`/admin/reviews/${id}`),
    enabled: !!id,
  })
  useEffect(() => setReply(data?.review.reply_body ?? ""), [data?.review.reply_body])
  const saveReply = useMutation({
    mutationFn: (body: string | null) =>
      body
        ? sdk.client.fetch(`/admin/reviews/${id}/reply`, {
            method: "POST",
            body: { body },
          })
        : sdk.client.fetch(`/admin/reviews/${id}/reply`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success(t("reviews.toast.reply_saved"))
      client.invalidateQueries({ queryKey: ["reviews"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const r = data?.review
  const lang = i18n.language ?? "en"

  const approve = async () => {
    if (
      await prompt({
        title: t("reviews.prompt.approve_title"),
        description: t("reviews.prompt.approve_body"),
        confirmText: t("reviews.actions.approve"),
        cancelText: t("reviews.actions.cancel"),
      })
    ) {
      moderate.mutate({ id: r!.id, action: "approve" })
    }
  }

  return (
    <>
      <Drawer open={!!id} onOpenChange={(o) => !o && onClose()}>
        <Drawer.Content aria-label={t("reviews.detail.title")}>
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>{t("reviews.detail.title")}</Heading>
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {r && (
              <>
                <div className="flex items-center gap-x-2">
                  <StatusLabel status={r.status} />
                  <VerificationLabel value={r.verification} />
                  <Flags flags={r.flags} />
                </div>
                <div>
                  <Text weight="plus" aria-label={t("reviews.columns.rating")}>
                    {stars(r.rating)} ({r.rating}/5)
                  </Text>
                  {r.title && <Heading level="h3">{r.title}</Heading>}
                  {r.body && <Text className="whitespace-pre-wrap">{r.body}</Text>}
                </div>
                <dl className="grid grid-cols-2 gap-2 text-ui-fg-subtle txt-small">
                  <dt>{t("reviews.columns.product")}</dt>
                  <dd>{r.product?.title ?? r.product_id}</dd>
                  <dt>{t("reviews.columns.author")}</dt>
                  <dd>{r.author_name ?? t(`reviews.identity.${r.identity}`)}</dd>
                  <dt>{t("reviews.detail.customer")}</dt>
                  <dd>
                    {r.customer ? `${r.customer.first_name ?? ""} ${r.customer.last_name ?? ""} (${r.customer.email ?? ""})` : t("reviews.detail.anonymized")}
                  </dd>
                  <dt>{t("reviews.detail.identity")}</dt>
                  <dd>{t(`reviews.identity.${r.identity}`)}</dd>
                  <dt>{t("reviews.detail.purchased")}</dt>
                  <dd>{r.purchased_at ?? "–"}</dd>
                  <dt>{t("reviews.detail.experienced")}</dt>
                  <dd>{r.experienced_at ?? "–"}</dd>
                  <dt>{t("reviews.columns.submitted")}</dt>
                  <dd>{when(r.submitted_at, lang)}</dd>
                  {r.decision_reason_code && (
                    <>
                      <dt>{t("reviews.detail.reason")}</dt>
                      <dd>
                        {reasonLabel(policy, r.decision_reason_code)} (v
                        {r.decision_policy_version})
                      </dd>
                    </>
                  )}
                </dl>
                {r.photos.length > 0 && (
                  <div className="flex flex-wrap gap-2" aria-label={t("reviews.detail.photos")}>
                    {r.photos.map((p) => (
                      <a key={p.id} href={p.url} target="_blank" rel="noreferrer">
                        <img src={p.url} alt={t("reviews.detail.photo_alt")} className="h-24 w-24 rounded object-cover" />
                      </a>
                    ))}
                  </div>
                )}
                <div className="flex gap-x-2">
                  {r.status === "pending" && (
                    <>
                      <Button size="small" onClick={approve} isLoading={moderate.isPending}>
                        {t("reviews.actions.approve")}
                      </Button>
                      <Button size="small" variant="danger" onClick={() => setModal({ id: r.id, action: "reject" })}>
                        {t("reviews.actions.reject")}
                      </Button>
                    </>
                  )}
                  {r.status === "approved" && (
                    <Button size="small" variant="secondary" onClick={() => setModal({ id: r.id, action: "unpublish" })}>
                      {t("reviews.actions.unpublish")}
                    </Button>
                  )}
                </div>
                <div className="flex flex-col gap-y-2">
                  <Label htmlFor="review-reply">{t("reviews.detail.reply")}</Label>
                  <Textarea id="review-reply" value={reply} maxLength={5000} onChange={(e) => setReply(e.target.value)} />
                  <div className="flex gap-x-2">
                    <Button
                      size="small"
                      variant="secondary"
                      disabled={!reply.trim()}
                      isLoading={saveReply.isPending}
                      onClick={() => saveReply.mutate(reply.trim())}
                    >
                      {t("reviews.actions.save_reply")}
                    </Button>
                    {r.reply_body && (
                      <Button size="small" variant="transparent" onClick={() => saveReply.mutate(null)}>
                        {t("reviews.actions.remove_reply")}
                      </Button>
                    )}
                  </div>
                </div>
                <div>
                  <Heading level="h3">{t("reviews.detail.audit")}</Heading>
                  <ol className="mt-2 flex flex-col gap-y-1 txt-small" aria-label={t("reviews.detail.audit")}>
                    {(data?.audit ?? []).map((a) => (
                      <li key={a.id} data-testid="review-audit-entry">
                        {when(a.created_at, lang)} ·{" "}
                        {t(`reviews.audit.${a.action}`, {
                          defaultValue: a.action,
                        })}{" "}
                        · {a.actor}
                        {a.reason_code ? ` · ${reasonLabel(policy, a.reason_code)} (v${a.policy_version})` : ""}
                        {a.note && a.action !== "identity_changed" ? ` · “${a.note}”` : ""}
                      </li>
                    ))}
                  </ol>
                </div>
              </>
            )}
          </Drawer.Body>
        </Drawer.Content>
      </Drawer>
      {modal && (
        <DecisionModal
          open
          action={modal.action}
          count={1}
          pending={moderate.isPending}
          onClose={() => setModal(null)}
          onConfirm={(d) => moderate.mutate({ id: modal.id, action: modal.action, ...d }, { onSuccess: () => setModal(null) })}
        />
      )}
    </>
  )
}

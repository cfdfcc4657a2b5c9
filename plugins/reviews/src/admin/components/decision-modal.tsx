import { Button, FocusModal, Heading, Label, Select, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useCurrentPolicy } from "../lib/hooks"

type Props = {
  open: boolean
  action: "reject" | "unpublish"
  count: number
  onClose: () => void
  onConfirm: (d: { reason_code: string; note?: string }) => void
  pending?: boolean
}

/** Picks the reason (from the current policy, by label) and an optional note for a rejection or unpublication. */
export const DecisionModal = ({ open, action, count, onClose, onConfirm, pending }: Props) => {
  const { t, i18n } = useTranslation()
  const lang: "nl" | "en" = i18n.language?.startsWith("nl") ? "nl" : "en"
  const policy = useCurrentPolicy()
  const [reason, setReason] = useState("")
  const [note, setNote] = useState("")
  return (
    <FocusModal open={open} onOpenChange={(o) => !o && onClose()}>
      <FocusModal.Content>
        <FocusModal.Header>
          <FocusModal.Title asChild>
            <Heading>{t(`reviews.decision.title_${action}`, { count })}</Heading>
          </FocusModal.Title>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center py-12">
          <form
            className="flex w-full max-w-lg flex-col gap-y-4"
            aria-label={t(`reviews.decision.title_${action}`, { count })}
            onSubmit={(e) => {
              e.preventDefault()
              if (reason)
                onConfirm({
                  reason_code: reason,
                  ...(note.trim() ? { note: note.trim() } : {}),
                })
            }}
          >
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="review-reason">{t("reviews.decision.reason")}</Label>
              <Select value={reason} onValueChange={setReason}>
                <Select.Trigger id="review-reason" aria-label={t("reviews.decision.reason")}>
                  <Select.Value placeholder={t("reviews.decision.reason_placeholder")} />
                </Select.Trigger>
                <Select.Content>
                  {(policy?.reasons ?? []).map((r) => (
                    <Select.Item key={r.code} value={r.code}>
                      {r.label[lang]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
              {policy && (
                <Text size="small" className="text-ui-fg-subtle">
                  {t("reviews.decision.policy_version", {
                    version: policy.version,
                  })}
                </Text>
              )}
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="review-note">{t("reviews.decision.note")}</Label>
              <Textarea id="review-note" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
              <Text size="small" className="text-ui-fg-subtle">
                {t("reviews.decision.note_hint")}
              </Text>
            </div>
            <div className="flex justify-end gap-x-2">
              <Button type="button" variant="secondary" onClick={onClose}>
                {t("reviews.actions.cancel")}
              </Button>
              <Button type="submit" variant="danger" disabled={!reason} isLoading={pending}>
                {t(`reviews.actions.confirm_${action}`)}
              </Button>
            </div>
          </form>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

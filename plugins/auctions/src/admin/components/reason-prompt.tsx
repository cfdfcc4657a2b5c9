import { Button, Label, Prompt, Textarea } from "@medusajs/ui"
import { useState } from "react"

type Props = {
  open: boolean
  title: string
  description: string
  reasonLabel: string
  confirmText: string
  cancelText: string
  isLoading?: boolean
  onConfirm: (reason: string) => void
  onClose: () => void
}

/**
 * Medusa UI's Prompt (what usePrompt renders) with a required reason: the
 * confirm button stays disabled until the reason has at least 3 characters,
 * as the API requires.
 */
export const ReasonPrompt = ({ open, title, description, reasonLabel, confirmText, cancelText, isLoading, onConfirm, onClose }: Props) => {
  const [reason, setReason] = useState("")
  const ok = reason.trim().length >= 3
  return (
    <Prompt open={open} onOpenChange={(o) => !o && onClose()} variant="danger">
      <Prompt.Content>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            if (ok) onConfirm(reason.trim())
          }}
        >
          <Prompt.Header>
            <Prompt.Title>{title}</Prompt.Title>
            <Prompt.Description>{description}</Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-y-1 px-6 pb-4">
            <Label htmlFor="reason-prompt-reason" size="small">
              {reasonLabel}
            </Label>
            <Textarea id="reason-prompt-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          </div>
          <Prompt.Footer>
            <Button type="button" size="small" variant="secondary" onClick={onClose}>
              {cancelText}
            </Button>
            <Button type="submit" size="small" variant="danger" disabled={!ok} isLoading={isLoading}>
              {confirmText}
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}

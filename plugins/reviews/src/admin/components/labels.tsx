import { Badge, StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { AdminReview, ReviewStatus } from "../lib/sdk"

const STATUS_COLOR: Record<ReviewStatus, "orange" | "green" | "red" | "grey"> = { pending: "orange", approved: "green", rejected: "red", unpublished: "grey" }

export const StatusLabel = ({ status }: { status: ReviewStatus }) => {
  const { t } = useTranslation()
  return <StatusBadge color={STATUS_COLOR[status]}>{t(`reviews.status.${status}`)}</StatusBadge>
}

export const VerificationLabel = ({ value }: { value: AdminReview["verification"] }) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={value === "none" ? "grey" : "green"}>
      {t(`reviews.verification.${value}`)}
    </Badge>
  )
}

export const Flags = ({ flags }: { flags: string[] }) => {
  const { t } = useTranslation()
  if (!flags.length) return null
  return (
    <span className="flex gap-x-1">
      {flags.map((f) => (
        <Badge key={f} size="2xsmall" color="orange">
          {t(`reviews.flag.${f}`)}
        </Badge>
      ))}
    </span>
  )
}

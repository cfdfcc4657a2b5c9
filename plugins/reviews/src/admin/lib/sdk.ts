import Medusa from "@medusajs/js-sdk"

export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

export type ReviewStatus = "pending" | "approved" | "rejected" | "unpublished"

export type AdminReview = {
  id: string
  product_id: string
  product: { id: string; title: string; thumbnail: string | null } | null
  customer_id: string | null
  customer: {
    id: string
    email: string | null
    first_name: string | null
    last_name: string | null
  } | null
  author_name: string | null
  rating: number
  title: string | null
  body: string | null
  experienced_at: string | null
  locale: "nl" | "en"
  status: ReviewStatus
  identity: "full_name" | "first_name_initial" | "pseudonym" | "anonymous"
  verification: "none" | "ordered" | "delivered"
  purchased_at: string | null
  flags: string[]
  helpful_count: number
  rejection_count: number
  decision_reason_code: string | null
  decision_policy_version: number | null
  decision_note: string | null
  decided_by: string | null
  decided_at: string | null
  reply_body: string | null
  submitted_at: string
  anonymized_at: string | null
  photos: { id: string; url: string; width: number; height: number }[]
}

export type AuditEntry = {
  id: string
  action: string
  actor: string
  from_status: string | null
  to_status: string | null
  reason_code: string | null
  policy_version: number | null
  note: string | null
  created_at: string
}

export type PolicyReason = {
  code: string
  label: { nl: string; en: string }
  description?: { nl: string; en: string }
}
export type Policy = {
  id: string
  version: number
  reasons: PolicyReason[]
  published_by: string | null
  created_at: string
}
export type CheckText = {
  id: string
  version: number
  body_nl: string
  body_en: string
  created_at: string
}
export type Summary = {
  product_id: string
  average: number | null
  count: number
  histogram: Record<string, number>
}

export const stars = (n: number) => "★".repeat(n) + "☆".repeat(5 - n)
export const when = (v: string | null | undefined, lang: string) => (v ? new Date(v).toLocaleString(lang.startsWith("nl") ? "nl-NL" : "en-GB") : "–")

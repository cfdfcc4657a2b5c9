export type ReviewStatus = "pending" | "approved" | "rejected" | "unpublished"
export type IdentityChoice = "full_name" | "first_name_initial" | "pseudonym" | "anonymous"
export type Verification = "none" | "ordered" | "delivered"
export type Locale = "nl" | "en"
export type ModerationAction = "approve" | "reject" | "unpublish"

/** A review row as the database returns it. */
export type ReviewRow = {
  id: string
  product_id: string
  customer_id: string | null
  rating: number
  title: string | null
  body: string | null
  experienced_at: Date | string | null
  locale: Locale
  status: ReviewStatus
  identity: IdentityChoice
  pseudonym: string | null
  verification: Verification
  purchased_at: Date | string | null
  flags: { codes: string[] }
  helpful_count: number
  rejection_count: number
  decision_reason_code: string | null
  decision_policy_version: number | null
  decision_note: string | null
  decided_by: string | null
  decided_at: Date | string | null
  published_at: Date | string | null
  reply_body: string | null
  reply_by: string | null
  reply_updated_at: Date | string | null
  submitted_at: Date | string
  anonymized_at: Date | string | null
  created_at: Date | string
  updated_at: Date | string
  deleted_at: Date | string | null
}

export type PhotoRow = {
  id: string
  review_id: string
  file_id: string
  url: string
  mime_type: string
  size_bytes: number
  width: number
  height: number
  created_at: Date | string
  updated_at: Date | string
  deleted_at: Date | string | null
}

export type VoteRow = {
  id: string
  review_id: string
  customer_id: string
  created_at: Date | string
  updated_at: Date | string
  deleted_at: Date | string | null
}

export type PolicyReason = {
  code: string
  label: { nl: string; en: string }
  description?: { nl: string; en: string }
}
export type PolicyContent = { reasons: PolicyReason[] }
export type PolicyRow = {
  id: string
  version: number
  content: PolicyContent
  published_by: string | null
  created_at: Date | string
}
export type CheckTextRow = {
  id: string
  version: number
  body_nl: string
  body_en: string
  published_by: string | null
  created_at: Date | string
}

/**
 * What one locked transition did, so its compensation can undo exactly that:
 * the row before and after, and every row it added or removed.
 */
export type Transition = {
  review_id: string
  before: ReviewRow | null
  after: ReviewRow | null
  audit_ids: string[]
  removed_photos: PhotoRow[]
  removed_votes: VoteRow[]
  added_photo_ids: string[]
  added_vote_ids: string[]
  file_deletion_ids: string[]
}

export type ReviewContent = {
  rating: number
  title?: string | null
  body?: string | null
  experienced_at?: string | null
  locale?: Locale
}

export type { PrivacySubject, PersonalDataDescriptor, SubjectDataExport, SubjectErasureResult } from "../../types/privacy-contract"

export type Prize = { name: string; value: number; quantity: number }

/** What the editor sends: everything the terms and the code-limit checks need. */
export type ContestFields = {
  title: string
  description: string
  starts_at: Date
  ends_at: Date
  draw_at: Date
  prizes: Prize[]
  winner_count: number
  organiser: string
  promoted_product: string
  product_ids: string[]
  /** Euros. */
  entry_cost: number
  skill_question: string | null
  skill_correct_answer: string | null
  account_required: boolean
  minimum_age: number | null
  minors_with_parental_consent: boolean
  announcement: string
  gambling_tax: "paid_by_organiser" | "not_applicable"
  complaints_contact: string
  terms_url: string
  claim_days: number
}

export type ContestStatus = "draft" | "published" | "drawn" | "cancelled"

export type ContestRow = Omit<ContestFields, "entry_cost"> & {
  id: string
  status: ContestStatus
  entry_cost_cents: number
  terms_version: number
  published_at: Date | null
  last_drawn_at: Date | null
  entries_deleted_at: Date | null
  created_at: Date
  updated_at: Date
}

export type EntryRow = {
  id: string
  contest_id: string
  customer_id: string
  terms_id: string
  terms_version: number
  terms_hash: string
  consented_at: Date
  skill_answer: string | null
  age_confirmation: "adult" | "minor_with_parental_consent" | null
  publicity: "none" | "first_name" | "first_name_town"
  public_first_name: string | null
  public_town: string | null
  newsletter_opt_in_requested: boolean
  anonymized_at: Date | null
  created_at: Date
}

export type DrawingRow = {
  id: string
  contest_id: string
  round: number
  status: "committed" | "drawn"
  algorithm_version: string
  seed_commitment: string
  seed: string
  committed_at: Date
  snapshot_entry_ids: string[] | null
  snapshot_hash: string | null
  excluded_entry_ids: string[] | null
  winner_entry_ids: string[] | null
  winners_requested: number | null
  drawn_at: Date | null
  drawn_by: string | null
}

export type WinnerRow = {
  id: string
  contest_id: string
  drawing_id: string
  round: number
  position: number
  prize_name: string
  prize_value_cents: number
  entry_id: string
  customer_id: string | null
  claim_status: "pending" | "claimed" | "expired"
  claim_deadline: Date
  claimed_at: Date | null
  expired_at: Date | null
  replaced_by_round: number | null
  mailed_at: Date | null
  anonymized_at: Date | null
}

export type { PrivacySubject, PersonalDataDescriptor, SubjectDataExport, SubjectErasureResult, LegalHold } from "../../types/privacy-contract"

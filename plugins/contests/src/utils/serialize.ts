import { ContestRow, DrawingRow, EntryRow, WinnerRow } from "../modules/contest/types"
import { DRAW_ALGORITHM_VERSION } from "../modules/contest/draw"
import { totalPrizeValue } from "../modules/contest/limits"

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)
type Terms = { id: string; version: number; body_nl: string; body_en: string; body_hash: string; template_version: string }

/** What anyone may see of a contest (never the correct answer). */
export function publicContest(c: ContestRow, terms: Terms | null, commitment: string | null) {
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    status: c.status,
    starts_at: iso(c.starts_at),
    ends_at: iso(c.ends_at),
    draw_at: iso(c.draw_at),
    prizes: c.prizes,
    total_prize_value: totalPrizeValue(c),
    winner_count: c.winner_count,
    organiser: c.organiser,
    promoted_product: c.promoted_product,
    product_ids: c.product_ids,
    entry_cost: c.entry_cost_cents / 100,
    skill_question: c.skill_question,
    account_required: c.account_required,
    minimum_age: c.minimum_age,
    minors_with_parental_consent: c.minors_with_parental_consent,
    claim_days: c.claim_days,
    terms_version: c.terms_version,
    terms: terms && {
      id: terms.id,
      version: terms.version,
      template_version: terms.template_version,
      body_nl: terms.body_nl,
      body_en: terms.body_en,
      body_hash: terms.body_hash,
    },
    seed_commitment: commitment,
  }
}

export function adminContest(c: ContestRow, terms: Terms | null, commitment: string | null) {
  return {
    ...publicContest(c, terms, commitment),
    skill_correct_answer: c.skill_correct_answer,
    announcement: c.announcement,
    gambling_tax: c.gambling_tax,
    complaints_contact: c.complaints_contact,
    terms_url: c.terms_url,
    published_at: iso(c.published_at),
    last_drawn_at: iso(c.last_drawn_at),
    entries_deleted_at: iso(c.entries_deleted_at),
    created_at: iso(c.created_at),
  }
}

export function ownEntry(e: EntryRow) {
  return {
    id: e.id,
    contest_id: e.contest_id,
    terms_id: e.terms_id,
    terms_version: e.terms_version,
    terms_hash: e.terms_hash,
    consented_at: iso(e.consented_at),
    skill_answer: e.skill_answer,
    age_confirmation: e.age_confirmation,
    publicity: e.publicity,
    public_first_name: e.public_first_name,
    public_town: e.public_town,
    newsletter_opt_in_requested: e.newsletter_opt_in_requested,
    created_at: iso(e.created_at),
  }
}

/** The public verification data: everything the verifier CLI needs, the seed only once drawn. */
export function verification(contestId: string, drawings: DrawingRow[]) {
  return {
    algorithm_version: DRAW_ALGORITHM_VERSION,
    contest_id: contestId,
    drawings: drawings
      .sort((a, b) => a.round - b.round)
      .map((d) => ({
        round: d.round,
        status: d.status,
        algorithm_version: d.algorithm_version,
        seed_commitment: d.seed_commitment,
        committed_at: iso(d.committed_at),
        seed: d.status === "drawn" ? d.seed : null,
        snapshot_hash: d.snapshot_hash,
        snapshot_entry_ids: d.snapshot_entry_ids,
        excluded_entry_ids: d.excluded_entry_ids,
        winners_requested: d.winners_requested,
        winner_entry_ids: d.winner_entry_ids,
        drawn_at: iso(d.drawn_at),
      })),
  }
}

/** One line of the public winners list: only what the winner agreed to show. */
export function publicWinner(w: WinnerRow, entry: Pick<EntryRow, "publicity" | "public_first_name" | "public_town"> | undefined) {
  const shown: { first_name?: string; town?: string } = {}
  if (entry && entry.publicity !== "none" && entry.public_first_name) shown.first_name = entry.public_first_name
  if (entry && entry.publicity === "first_name_town" && entry.public_town) shown.town = entry.public_town
  return {
    round: w.round,
    position: w.position,
    prize: w.prize_name,
    prize_value: w.prize_value_cents / 100,
    claim_status: w.claim_status,
    replaced_by_round: w.replaced_by_round,
    entry_id: w.entry_id,
    shown: Object.keys(shown).length ? shown : null,
  }
}

export function adminWinner(w: WinnerRow) {
  return {
    ...publicWinner(w, undefined),
    id: w.id,
    customer_id: w.customer_id,
    claim_deadline: iso(w.claim_deadline),
    claimed_at: iso(w.claimed_at),
    expired_at: iso(w.expired_at),
    mailed_at: iso(w.mailed_at),
    anonymized_at: iso(w.anonymized_at),
  }
}

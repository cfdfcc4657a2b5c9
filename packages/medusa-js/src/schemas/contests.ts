import { z } from "zod"

/** Request bodies and queries, as `plugins/contests/src/api/store/contests/validators.ts` accepts them. */
export type ContestPublicity = "none" | "first_name" | "first_name_town"
export type ListContestsQuery = { limit?: number | undefined; offset?: number | undefined }
export type ListContestEntriesQuery = { limit?: number | undefined; offset?: number | undefined }
export type EnterContestBody = {
  /** The `terms.version` the entrant was shown; must be the current one. */
  terms_version: number
  accept_terms: true
  /** Required when the contest has a `skill_question`. */
  skill_answer?: string | undefined
  /** Required when the contest has a `minimum_age`. */
  age_confirmation?: "adult" | "minor_with_parental_consent" | undefined
  /** What the winners list may show; default "none". */
  publicity?: ContestPublicity | undefined
  town?: string | undefined
  /** Recorded as a request only: follow with the newsletter's own double opt-in. */
  newsletter_opt_in?: boolean | undefined
}

/** `POST /contests/claim`: the token from the winner's mail, and what the winners list may show. */
export type ClaimPrizeBody = { token: string; publicity?: ContestPublicity | undefined; town?: string | undefined }

const iso = z.string()
const prize = z.object({ name: z.string(), value: z.number(), quantity: z.number() })

/** What anyone may see of a contest (never the correct answer); `terms` only on the single-contest route. */
export const PublicContest = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(["draft", "published", "drawn", "cancelled"]),
  starts_at: iso.nullable(),
  ends_at: iso.nullable(),
  draw_at: iso.nullable(),
  prizes: z.array(prize),
  total_prize_value: z.number(),
  winner_count: z.number(),
  organiser: z.string(),
  promoted_product: z.string(),
  product_ids: z.array(z.string()),
  entry_cost: z.number(),
  skill_question: z.string().nullable(),
  account_required: z.boolean(),
  minimum_age: z.number().nullable(),
  minors_with_parental_consent: z.boolean(),
  claim_days: z.number(),
  terms_version: z.number(),
  terms: z
    .object({
      id: z.string(),
      version: z.number(),
      template_version: z.string(),
      body_nl: z.string(),
      body_en: z.string(),
      body_hash: z.string(),
    })
    .nullable(),
  /** sha256 of the seed, published before the draw. */
  seed_commitment: z.string().nullable(),
})
export type PublicContest = z.infer<typeof PublicContest>

/** The entrant's own entry. */
export const ContestEntry = z.object({
  id: z.string(),
  contest_id: z.string(),
  terms_id: z.string(),
  terms_version: z.number(),
  terms_hash: z.string(),
  consented_at: iso.nullable(),
  skill_answer: z.string().nullable(),
  age_confirmation: z.enum(["adult", "minor_with_parental_consent"]).nullable(),
  publicity: z.enum(["none", "first_name", "first_name_town"]),
  public_first_name: z.string().nullable(),
  public_town: z.string().nullable(),
  newsletter_opt_in_requested: z.boolean(),
  created_at: iso.nullable(),
})
export type ContestEntry = z.infer<typeof ContestEntry>

/** One line of the winners list: only what the winner agreed to show. */
export const ContestWinner = z.object({
  round: z.number(),
  position: z.number(),
  prize: z.string(),
  prize_value: z.number(),
  claim_status: z.enum(["pending", "claimed", "expired"]),
  replaced_by_round: z.number().nullable(),
  entry_id: z.string(),
  shown: z.object({ first_name: z.string().optional(), town: z.string().optional() }).nullable(),
})
export type ContestWinner = z.infer<typeof ContestWinner>

/** Everything `plugins/contests/bin/verify-draw.mjs` needs; `seed` only once drawn. */
export const ContestVerification = z.object({
  algorithm_version: z.string(),
  contest_id: z.string(),
  drawings: z.array(
    z.object({
      round: z.number(),
      status: z.enum(["committed", "drawn"]),
      algorithm_version: z.string(),
      seed_commitment: z.string(),
      committed_at: iso.nullable(),
      seed: z.string().nullable(),
      snapshot_hash: z.string().nullable(),
      snapshot_entry_ids: z.array(z.string()).nullable(),
      excluded_entry_ids: z.array(z.string()).nullable(),
      winners_requested: z.number().nullable(),
      winner_entry_ids: z.array(z.string()).nullable(),
      drawn_at: iso.nullable(),
    })
  ),
})
export type ContestVerification = z.infer<typeof ContestVerification>

export const ListContestsResponse = z.object({
  contests: z.array(PublicContest),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
  server_time: iso,
})
export type ListContestsResponse = z.infer<typeof ListContestsResponse>
export const RetrieveContestResponse = z.object({ contest: PublicContest, server_time: iso })
export type RetrieveContestResponse = z.infer<typeof RetrieveContestResponse>
export const ContestEntryResponse = z.object({ entry: ContestEntry })
export type ContestEntryResponse = z.infer<typeof ContestEntryResponse>
export const EnterContestResponse = z.object({
  entry: ContestEntry,
  newsletter_opt_in: z.object({ requested: z.boolean(), next: z.literal("POST /store/newsletter-subscriptions").nullable() }),
})
export type EnterContestResponse = z.infer<typeof EnterContestResponse>
export const ListContestEntriesResponse = z.object({
  entries: z.array(ContestEntry),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
})
export type ListContestEntriesResponse = z.infer<typeof ListContestEntriesResponse>
export const ContestWinnersResponse = z.object({
  contest: z.object({ id: z.string(), title: z.string(), status: z.enum(["draft", "published", "drawn", "cancelled"]) }),
  winners: z.array(ContestWinner),
  verification: ContestVerification,
})
export type ContestWinnersResponse = z.infer<typeof ContestWinnersResponse>

/** What a claim link is for (`/contests/claim`, outside `/store`: the signed token is the only credential). */
export const ContestClaim = z.object({
  id: z.string(),
  contest: z.object({ id: z.string(), title: z.string() }),
  prize: z.string(),
  claim_status: z.enum(["pending", "claimed", "expired"]),
  claim_deadline: iso,
  claimed_at: iso.nullable(),
})
export type ContestClaim = z.infer<typeof ContestClaim>
export const ContestClaimResponse = z.object({ claim: ContestClaim })
export type ContestClaimResponse = z.infer<typeof ContestClaimResponse>

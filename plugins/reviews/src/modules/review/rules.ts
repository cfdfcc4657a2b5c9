import { IdentityChoice, ModerationAction, PolicyContent, ReviewRow, ReviewStatus } from "./types"

/** A review counts in its product's summary exactly while it is approved. */
export const countedRating = (r: Pick<ReviewRow, "status" | "rating"> | null | undefined): number | null => (r && r.status === "approved" ? r.rating : null)

export type SummaryChange = { rating: number; sign: 1 | -1 }

/** The summary changes that take a product from `before` to `after` (one review). */
export function summaryDelta(before: ReviewRow | null, after: ReviewRow | null): SummaryChange[] {
  const a = countedRating(before)
  const b = countedRating(after)
  if (a === b) return []
  const out: SummaryChange[] = []
  if (a !== null) out.push({ rating: a, sign: -1 })
  if (b !== null) out.push({ rating: b, sign: 1 })
  return out
}

/** Which status a moderation action needs; there is no rule keyed on the star rating. */
export const ACTION_FROM: Record<ModerationAction, ReviewStatus> = {
  approve: "pending",
  reject: "pending",
  unpublish: "approved",
}
export const ACTION_TO: Record<ModerationAction, ReviewStatus> = {
  approve: "approved",
  reject: "rejected",
  unpublish: "unpublished",
}

/** A reviewer may resubmit once after a rejection; the second rejection is final. */
export const MAX_REJECTIONS = 2
export const isFinallyRejected = (r: Pick<ReviewRow, "status" | "rejection_count">) => r.status === "rejected" && r.rejection_count >= MAX_REJECTIONS

const PSEUDONYM = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{1,28}[\p{L}\p{N}]$/u

/** Why a pseudonym is refused, or null: 3–30 letters, digits, spaces, . _ -; no e-mail, link or phone number. */
export function pseudonymProblem(p: string): string | null {
  if (!PSEUDONYM.test(p)) return "pseudonym must be 3–30 letters, digits, spaces, dots, dashes or underscores, starting and ending with a letter or digit"
  if (/www|https?|\.(nl|com|net|org|eu|de|be)\b/i.test(p)) return "pseudonym must not be a web address"
  if ((p.match(/\d/g) ?? []).length >= 6) return "pseudonym must not contain a phone number"
  return null
}

/** The public name of a reviewer, from the current customer record and the current choice. */
export function displayName(
  identity: IdentityChoice,
  pseudonym: string | null,
  customer: { first_name?: string | null; last_name?: string | null } | null | undefined
): string | null {
  if (identity === "pseudonym") return pseudonym || null
  const first = customer?.first_name?.trim()
  const last = customer?.last_name?.trim()
  if (identity === "full_name") return [first, last].filter(Boolean).join(" ") || null
  if (identity === "first_name_initial") return first ? (last ? `${first} ${last[0].toUpperCase()}.` : first) : null
  return null
}

/** Pre-checks that only flag a review for a human: links and the configured word list. */
export function preCheckFlags(text: string, opts: { flagLinks: boolean; flagWords: string[] }): string[] {
  const flags: string[] = []
  if (opts.flagLinks && /(https?:\/\/|www\.)\S+/i.test(text)) flags.push("link")
  const lower = text.toLocaleLowerCase("nl")
  if (opts.flagWords.some((w) => lower.includes(w.toLocaleLowerCase("nl")))) flags.push("word_list")
  return flags
}

export function reasonOf(policy: PolicyContent, code: string) {
  return policy.reasons.find((r) => r.code === code) ?? null
}

export const DEFAULT_POLICY: PolicyContent = {
  reasons: [
    {
      code: "off_topic",
      label: { nl: "Gaat niet over het product", en: "Not about the product" },
      description: {
        nl: "Een review beschrijft uw ervaring met dit product.",
        en: "A review describes your experience with this product.",
      },
    },
    {
      code: "offensive",
      label: {
        nl: "Beledigend of discriminerend",
        en: "Offensive or discriminatory",
      },
      description: {
        nl: "Beledigingen, discriminatie en bedreigingen plaatsen wij niet.",
        en: "We do not publish insults, discrimination or threats.",
      },
    },
    {
      code: "personal_data",
      label: { nl: "Bevat persoonsgegevens", en: "Contains personal data" },
      description: {
        nl: "Namen, adressen of telefoonnummers van anderen plaatsen wij niet.",
        en: "We do not publish other people's names, addresses or phone numbers.",
      },
    },
    {
      code: "advertising",
      label: { nl: "Reclame of links", en: "Advertising or links" },
      description: {
        nl: "Reclame en links naar andere websites plaatsen wij niet.",
        en: "We do not publish advertising or links to other websites.",
      },
    },
    {
      code: "not_own_experience",
      label: { nl: "Geen eigen ervaring", en: "Not your own experience" },
      description: {
        nl: "Een review geeft uw eigen ervaring weer, niet die van een ander.",
        en: "A review gives your own experience, not someone else's.",
      },
    },
    {
      code: "other",
      label: { nl: "Overig (zie toelichting)", en: "Other (see note)" },
      description: {
        nl: "Zie de toelichting van de moderator.",
        en: "See the moderator's note.",
      },
    },
  ],
}

export const DEFAULT_CHECK_TEXT = {
  body_nl:
    "Iedere review wordt vóór publicatie door een medewerker gelezen. Wij plaatsen positieve en negatieve reviews; wij weigeren alleen reviews die in strijd zijn met ons moderatiebeleid, en vertellen de schrijver waarom. Een review met het label 'Gekocht' of 'Geleverd' komt van een klant met een bestelling van dit product bij ons. Wij betalen of belonen niet voor reviews. Het gemiddelde telt alle gepubliceerde reviews.",
  body_en:
    "Every review is read by a member of staff before it is published. We publish positive and negative reviews alike; we only refuse reviews that break our moderation policy, and tell the author why. A review labelled 'Bought' or 'Delivered' comes from a customer with an order of this product from us. We do not pay or reward anyone for reviews. The average counts every published review.",
}

import { MedusaError } from "@medusajs/framework/utils"
import { ContestFields } from "./types"

/**
 * The limits of the Gedragscode Promotionele Kansspelen 2014 (and the plugin's own
 * consistency rules), checked on every save. Each check names its rule so the
 * editor can show it and an error can say which one failed.
 */
export const PRIZE_CAP = 100_000
export const SMALL_GAME_CAP = 4_500
export const MAX_ENTRY_COST = 0.45
export const MAX_DRAWS_PER_YEAR = 20

export type LimitRule =
  | "free_entry"
  | "prize_value_cap"
  | "winners_match_prizes"
  | "draw_after_end"
  | "minors_parental_consent"
  | "gambling_tax"
  | "one_game_per_year_per_product"
  | "max_draws_per_year"

export type LimitCheck = { rule: LimitRule; ok: boolean; message: string }

/** Another game promoting one of the same products (for the per-product rules). */
export type OtherGame = { id: string; product_ids: string[]; starts_at: Date; total_prize_value: number }

export const totalPrizeValue = (f: Pick<ContestFields, "prizes">) => Math.round(f.prizes.reduce((s, p) => s + p.value * p.quantity, 0) * 100) / 100

export const isSmallGame = (f: Pick<ContestFields, "prizes">) => totalPrizeValue(f) < SMALL_GAME_CAP

const eur = (v: number) => `€${v.toLocaleString("en-GB", { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`

export function checkLimits(f: ContestFields, others: OtherGame[], taxThreshold: number): LimitCheck[] {
  const total = totalPrizeValue(f)
  const prizeCount = f.prizes.reduce((s, p) => s + p.quantity, 0)
  const year = f.starts_at.getUTCFullYear()
  const sameYear = others.filter((o) => o.starts_at.getUTCFullYear() === year && o.product_ids.some((p) => f.product_ids.includes(p)))
  const bigOthers = sameYear.filter((o) => o.total_prize_value >= SMALL_GAME_CAP)
  const draws = new Map<string, number>()
  for (const o of sameYear) for (const p of o.product_ids) if (f.product_ids.includes(p)) draws.set(p, (draws.get(p) ?? 0) + 1)
  const maxDraws = Math.max(0, ...draws.values()) + 1
  const taxed = f.prizes.filter((p) => p.value > taxThreshold)
  const minorsMayEnter = f.minimum_age === null || f.minimum_age < 18
  return [
    {
      rule: "free_entry",
      ok: f.entry_cost <= MAX_ENTRY_COST,
      message: `Entry must be free apart from communication costs of at most ${eur(MAX_ENTRY_COST)} (entry_cost is ${eur(f.entry_cost)})`,
    },
    {
      rule: "prize_value_cap",
      ok: total <= PRIZE_CAP,
      message: `The total prize value may be at most ${eur(PRIZE_CAP)} (prizes total ${eur(total)}); below ${eur(SMALL_GAME_CAP)} it is a small game`,
    },
    {
      rule: "winners_match_prizes",
      ok: prizeCount === f.winner_count,
      message: `winner_count (${f.winner_count}) must equal the number of prizes (${prizeCount})`,
    },
    { rule: "draw_after_end", ok: f.draw_at.getTime() >= f.ends_at.getTime(), message: "draw_at must be at or after ends_at" },
    {
      rule: "minors_parental_consent",
      ok: !minorsMayEnter || f.minors_with_parental_consent,
      message: "Minors may only take part with parental consent: set minimum_age to 18 or minors_with_parental_consent to true",
    },
    {
      rule: "gambling_tax",
      ok: !taxed.length || f.gambling_tax === "paid_by_organiser",
      message: `Prizes above ${eur(taxThreshold)} are subject to kansspelbelasting: gambling_tax must be "paid_by_organiser"`,
    },
    {
      rule: "one_game_per_year_per_product",
      ok: total < SMALL_GAME_CAP || !bigOthers.length,
      message: `At most one game (prizes of ${eur(SMALL_GAME_CAP)} or more) per product per year: ${bigOthers.map((o) => o.id).join(", ") || "none"} already promotes a linked product in ${year}`,
    },
    {
      rule: "max_draws_per_year",
      ok: maxDraws <= MAX_DRAWS_PER_YEAR,
      message: `At most ${MAX_DRAWS_PER_YEAR} draws per product per year (this would be draw ${maxDraws} in ${year})`,
    },
  ]
}

/** Throws the first failed check as a 400 naming its rule. */
export function assertLimits(checks: LimitCheck[]) {
  const failed = checks.find((c) => !c.ok)
  if (failed) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Gedragscode Promotionele Kansspelen rule "${failed.rule}": ${failed.message}`)
  }
}

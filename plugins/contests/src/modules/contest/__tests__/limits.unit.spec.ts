import { assertLimits, checkLimits } from "../limits"
import { renderTerms, TERMS_ITEMS } from "../terms"
import { ContestFields } from "../types"

const base = (over: Partial<ContestFields> = {}): ContestFields => ({
  title: "Win een monitor",
  description: "",
  starts_at: new Date("2027-03-01T09:00:00Z"),
  ends_at: new Date("2027-03-31T21:00:00Z"),
  draw_at: new Date("2027-04-01T10:00:00Z"),
  prizes: [{ name: "Monitor", value: 349, quantity: 1 }],
  winner_count: 1,
  organiser: "Softshop B.V., Utrecht",
  promoted_product: "Softshop monitoren",
  product_ids: ["prod_a"],
  entry_cost: 0,
  skill_question: null,
  skill_correct_answer: null,
  account_required: true,
  minimum_age: 18,
  minors_with_parental_consent: false,
  announcement: "Op de actiepagina binnen 7 dagen na de trekking.",
  gambling_tax: "paid_by_organiser",
  complaints_contact: "klachten@softshop.nl",
  terms_url: "https://softshop.nl/winactie",
  claim_days: 14,
  ...over,
})
const failed = (f: ContestFields, others: any[] = []) =>
  checkLimits(f, others, 449)
    .filter((c) => !c.ok)
    .map((c) => c.rule)

describe("Gedragscode limits", () => {
  it("should accept a free small game with the minors rule and tax handling set", () => {
    expect(failed(base())).toEqual([])
  })

  it("should refuse a prize package over €100,000 and name the rule", () => {
    const f = base({ prizes: [{ name: "Auto", value: 60_000, quantity: 2 }], winner_count: 2 })
    expect(failed(f)).toEqual(["prize_value_cap"])
    expect(() => assertLimits(checkLimits(f, [], 449))).toThrow(/rule "prize_value_cap"/)
  })

  it("should refuse paid entry above €0.45, minors without parental consent and untaxed large prizes", () => {
    expect(failed(base({ entry_cost: 0.5 }))).toEqual(["free_entry"])
    expect(failed(base({ minimum_age: 16 }))).toEqual(["minors_parental_consent"])
    expect(failed(base({ minimum_age: 16, minors_with_parental_consent: true }))).toEqual([])
    expect(failed(base({ gambling_tax: "not_applicable", prizes: [{ name: "Laptop", value: 900, quantity: 1 }] }))).toEqual(["gambling_tax"])
    expect(failed(base({ winner_count: 2 }))).toEqual(["winners_match_prizes"])
  })

  it("should allow one large game per product per calendar year and at most 20 draws", () => {
    const big = base({ prizes: [{ name: "PC", value: 5000, quantity: 1 }] })
    const other = { id: "cnt_other", product_ids: ["prod_a"], starts_at: new Date("2027-01-10T00:00:00Z"), total_prize_value: 6000 }
    expect(failed(big, [other])).toEqual(["one_game_per_year_per_product"])
    expect(failed(big, [{ ...other, starts_at: new Date("2026-12-01T00:00:00Z") }])).toEqual([])
    expect(failed(big, [{ ...other, product_ids: ["prod_b"] }])).toEqual([])
    const small = Array.from({ length: 19 }, (_, i) => ({ ...other, id: `cnt_${i}`, total_prize_value: 100 }))
    expect(failed(base(), small)).toEqual([])
    expect(failed(base(), [...small, { ...other, id: "cnt_20", total_prize_value: 100 }])).toEqual(["max_draws_per_year"])
  })
})

describe("action terms template", () => {
  it("should state every item the code requires, in Dutch and English, and version by content", () => {
    const t = renderTerms(base({ skill_question: "Hoeveel inch?" }))
    expect(TERMS_ITEMS).toHaveLength(12)
    for (const needle of [
      "Organisator: Softshop B.V.",
      "Looptijd",
      "gratis",
      "Prijzen (totale waarde € 349,00)",
      "Winnaars",
      "Aantal trekkingen",
      "Bekendmaking",
      "Minderjarigen",
      "Kansspelbelasting",
      "Klachten: klachten@softshop.nl",
      "https://softshop.nl/winactie",
      "Gedragscode Promotionele Kansspelen",
      "prijsvraag",
    ]) {
      expect(t.body_nl).toContain(needle)
    }
    for (const needle of [
      "Organiser",
      "Period",
      "free",
      "Prizes",
      "Number of draws",
      "Announcement",
      "Minors",
      "Gambling tax",
      "Complaints",
      "Code of Conduct",
    ]) {
      expect(t.body_en).toContain(needle)
    }
    expect(renderTerms(base({ skill_question: "Hoeveel inch?" })).body_hash).toBe(t.body_hash)
    expect(renderTerms(base()).body_hash).not.toBe(t.body_hash)
  })
})

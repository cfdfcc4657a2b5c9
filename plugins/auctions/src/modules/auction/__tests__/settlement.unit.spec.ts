import { lotOfLine, settlementProblem } from "../settlement"
import { LotRow } from "../types"

const lot = {
  id: "auc_1",
  variant_id: "variant_1",
  currency_code: "eur",
  winner_customer_id: "cus_w",
  winning_price_cents: 40000,
} as LotRow
const line = {
  id: "li_1",
  variant_id: "variant_1",
  quantity: 1,
  unit_price: 400,
  metadata: { auction_lot_id: "auc_1" },
}
const cart = (patch: Record<string, unknown> = {}) => ({
  id: "cart_1",
  customer_id: "cus_w",
  currency_code: "eur",
  items: [line],
  ...patch,
})

describe("auction settlement", () => {
  it("should accept exactly the lot's line at the won price for the winner", () => {
    expect(settlementProblem(lot, cart())).toBeNull()
    expect(settlementProblem(lot, cart({ items: [{ ...line, quantity: "1", unit_price: "400" }] }))).toBeNull()
    expect(lotOfLine(line)).toBe("auc_1")
    expect(lotOfLine({ ...line, metadata: null })).toBeNull()
  })

  it("should name what is wrong with any other cart", () => {
    expect(settlementProblem(lot, cart({ items: [] }))).toContain("holds 0 lines")
    expect(settlementProblem(lot, cart({ items: [line, { ...line, id: "li_2", unit_price: 1 }] }))).toContain("holds 2 lines")
    expect(settlementProblem(lot, cart({ items: [{ ...line, quantity: 5 }] }))).toContain("quantity is 5")
    expect(settlementProblem(lot, cart({ items: [{ ...line, unit_price: 1 }] }))).toContain("price was changed")
    expect(settlementProblem(lot, cart({ items: [{ ...line, variant_id: "variant_2", unit_price: 1 }] }))).toContain("another product")
    expect(settlementProblem(lot, cart({ currency_code: "usd" }))).toContain("must be paid in EUR")
    expect(settlementProblem(lot, cart({ customer_id: "cus_other" }))).toContain("another customer")
    expect(settlementProblem(lot, cart({ items: [{ ...line, quantity: 5 }] }))).toContain("at 400.00 EUR")
  })
})

import { applyBid, incrementAt, LotPriceState, minimumNextBid } from "../engine"

const table = [
  { from_cents: 0, increment_cents: 100 },
  { from_cents: 10000, increment_cents: 500 },
]
const empty: LotPriceState = { starting_cents: 1000, reserve_cents: null, price_cents: null, leader: null, leader_max_cents: null }

describe("auction engine", () => {
  it("should pick the increment of the range the price is in", () => {
    expect(incrementAt(table, 9999)).toBe(100)
    expect(incrementAt(table, 10000)).toBe(500)
    expect(minimumNextBid(empty, table)).toBe(1000)
    expect(minimumNextBid({ ...empty, price_cents: 10000, leader: "a", leader_max_cents: 10000 }, table)).toBe(10500)
  })

  it("should reject a bid below the starting price, naming the minimum", () => {
    expect(applyBid(empty, table, { bidder: "a", amount_cents: 999, max_cents: 999 })).toEqual({ ok: false, code: "too_low", minimum_cents: 1000 })
  })

  it("should never let a bid equal to the leader's maximum win", () => {
    const s1 = applyBid(empty, table, { bidder: "a", amount_cents: 1000, max_cents: 5000 })
    if (!s1.ok) throw new Error("first bid refused")
    const s2 = applyBid(s1.state, table, { bidder: "b", amount_cents: 5000, max_cents: 5000 })
    expect(s2).toEqual(expect.objectContaining({ ok: true, outbid: true }))
    if (!s2.ok) throw new Error("second bid refused")
    expect(s2.state).toEqual(expect.objectContaining({ leader: "a", price_cents: 5000 }))
  })

  it("should take the lead one increment above the old maximum, capped by the new maximum", () => {
    const s1 = applyBid(empty, table, { bidder: "a", amount_cents: 1000, max_cents: 5000 })
    if (!s1.ok) throw new Error("first bid refused")
    const s2 = applyBid(s1.state, table, { bidder: "b", amount_cents: 2000, max_cents: 9000 })
    expect(s2).toEqual(expect.objectContaining({ ok: true, previous_leader: "a" }))
    if (!s2.ok) throw new Error("second bid refused")
    expect(s2.state).toEqual(expect.objectContaining({ leader: "b", price_cents: 5100, leader_max_cents: 9000 }))
  })

  it("should only raise the hidden maximum when the leader bids again, and lift the price to a covered reserve", () => {
    const withReserve = { ...empty, reserve_cents: 8000 }
    const s1 = applyBid(withReserve, table, { bidder: "a", amount_cents: 1000, max_cents: 2000 })
    if (!s1.ok) throw new Error("first bid refused")
    expect(s1.state.price_cents).toBe(1000)
    const s2 = applyBid(s1.state, table, { bidder: "a", amount_cents: 1100, max_cents: 9000 })
    expect(s2).toEqual(expect.objectContaining({ ok: true, kind: "max_raise" }))
    if (!s2.ok) throw new Error("raise refused")
    expect(s2.state).toEqual(expect.objectContaining({ leader: "a", price_cents: 8000, leader_max_cents: 9000 }))
    expect(applyBid(s2.state, table, { bidder: "a", amount_cents: 8100, max_cents: 9000 })).toEqual(
      expect.objectContaining({ ok: false, code: "already_leading" })
    )
  })
})

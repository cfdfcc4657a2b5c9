import { extendedEnd, gateRejection, planClose, planRelist } from "../transitions"
import { LotRow } from "../types"

const t0 = new Date("2026-11-24T12:00:00.000Z")
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000)
const lot = (patch: Partial<LotRow> = {}): LotRow =>
  ({
    id: "auc_1",
    variant_id: "variant_1",
    title: "Lot",
    currency_code: "eur",
    starts_at: at(-3600),
    ends_at: at(600),
    original_ends_at: at(600),
    starting_price_cents: 1000,
    reserve_price_cents: null,
    buy_now_price_cents: null,
    increments: [{ from_cents: 0, increment_cents: 100 }],
    snipe_window_seconds: 120,
    snipe_extension_seconds: 120,
    snipe_cap_seconds: 300,
    status: "active",
    current_price_cents: 2000,
    leader_customer_id: "cus_a",
    leader_max_cents: 2500,
    bid_count: 2,
    bidder_count: 2,
    sequence: 2,
    ...patch,
  }) as LotRow

describe("lot transitions", () => {
  it("should close with the leader as winner at the current price when the reserve is met", () => {
    expect(planClose(lot({ reserve_price_cents: 2000 }), t0, at(3600))).toEqual(
      expect.objectContaining({
        status: "ended",
        result: "won",
        winner_customer_id: "cus_a",
        winning_price_cents: 2000,
        payment_status: "awaiting",
        payment_due_at: at(3600),
      })
    )
  })

  it("should close without a winner below the reserve or without bids", () => {
    expect(planClose(lot({ reserve_price_cents: 2001 }), t0, at(3600))).toEqual(
      expect.objectContaining({
        result: "reserve_not_met",
        winner_customer_id: null,
        payment_status: null,
        payment_due_at: null,
      })
    )
    expect(planClose(lot({ bid_count: 0, current_price_cents: null }), t0, at(3600)).result).toBe("no_bids")
  })

  it("should extend the end only inside the anti-sniping window and never past the cap", () => {
    expect(extendedEnd(lot(), at(300))).toEqual(at(600))
    expect(extendedEnd(lot(), at(550))).toEqual(at(670))
    expect(extendedEnd(lot({ ends_at: at(880) }), at(870))).toEqual(at(900))
  })

  it("should refuse bids on cancelled, not started, ended lots and from banned bidders, in that order", () => {
    expect(gateRejection(lot({ status: "cancelled", starts_at: at(60) }), t0, true)?.code).toBe("cancelled")
    expect(gateRejection(lot({ starts_at: at(60) }), t0, true)?.code).toBe("not_started")
    expect(gateRejection(lot(), at(600), true)?.code).toBe("ended")
    expect(gateRejection(lot(), t0, true)?.code).toBe("banned")
    expect(gateRejection(lot(), t0, false)).toBeNull()
  })

  it("should relist with the original settings and the original duration from now", () => {
    const relisted = planRelist(lot(), t0)
    expect(relisted).toEqual(
      expect.objectContaining({
        variant_id: "variant_1",
        starting_price_cents: 1000,
        status: "active",
        starts_at: t0,
        ends_at: at(4200),
        original_ends_at: at(4200),
      })
    )
    expect(relisted.id).not.toBe("auc_1")
  })
})

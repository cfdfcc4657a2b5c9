import { ResponseShapeError, transport } from "../client"
import { auctions, parseAuctionEvent } from "../plugins/auctions"

const lot = {
  id: "alot_1",
  variant_id: "variant_1",
  title: "Softview 27",
  currency_code: "eur",
  status: "active",
  result: null,
  starts_at: "2026-01-01T10:00:00.000Z",
  ends_at: "2026-01-01T11:00:00.000Z",
  starting_price: 10,
  current_price: 12,
  minimum_next_bid: 13,
  bid_count: 2,
  bidder_count: 2,
  has_reserve: false,
  reserve_met: null,
  buy_now_price: null,
  increments: [{ from: 0, increment: 1 }],
  anti_sniping: { window_seconds: 120, extension_seconds: 120, cap_seconds: 1800 },
}

function fakeSdk(answer: unknown) {
  const calls: { path: string; init: unknown }[] = []
  return {
    calls,
    sdk: {
      fetch: async (path: string, init: unknown) => {
        calls.push({ path, init })
        return answer
      },
    } as never,
  }
}

describe("@softshop/medusa-js transport", () => {
  it("should send the route's path, method and body through client.fetch and encode ids", async () => {
    const { sdk, calls } = fakeSdk({ bid: {}, auction: lot, server_time: "x" })
    await auctions(transport(sdk)).placeBid("alot/../x", { amount: 13, max_amount: 20 })
    expect(calls).toEqual([{ path: "/store/auctions/alot%2F..%2Fx/bids", init: { method: "POST", body: { amount: 13, max_amount: 20 } } }])
  })

  it("should name the field when validateResponses is on and the answer does not match", async () => {
    const { sdk } = fakeSdk({ auctions: [{ ...lot, id: 1 }], count: 1, offset: 0, limit: 20, server_time: "x" })
    const err = await auctions(transport(sdk, { validateResponses: true }))
      .list()
      .catch((e) => e)
    expect(err).toBeInstanceOf(ResponseShapeError)
    expect(err.message).toContain("GET /store/auctions")
    expect(err.message).toContain("auctions.0.id")
  })

  it("should pass a matching answer through unchanged", async () => {
    const answer = { auctions: [lot], count: 1, offset: 0, limit: 20, server_time: "2026-01-01T10:30:00.000Z" }
    const { sdk } = fakeSdk(answer)
    expect(await auctions(transport(sdk, { validateResponses: true })).list()).toEqual(answer)
  })
})

describe("parseAuctionEvent", () => {
  it("should parse a snapshot and ignore unknown or malformed events", () => {
    const snapshot = parseAuctionEvent({ event: "snapshot", data: JSON.stringify({ auction: lot, server_time: "t" }) })
    expect(snapshot?.event).toBe("snapshot")
    expect(parseAuctionEvent({ event: "other", data: "{}" })).toBeNull()
    expect(parseAuctionEvent({ event: "bid", data: JSON.stringify({ amount: 1 }) })).toBeNull()
    expect(parseAuctionEvent({ event: "ping", data: JSON.stringify({ server_time: "t" }) })).toEqual({
      event: "ping",
      data: { server_time: "t" },
    })
  })
})

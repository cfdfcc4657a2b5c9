import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, AUCTION, bid, createLot } from "../../helpers/auctions"
import { referenceAuction } from "../../helpers/auction-reference"
import { notificationsOf, registerCustomer, seedShop, SeededShop } from "../../helpers/shop"

jest.setTimeout(600_000)
process.env.AUCTIONS_BID_RATE_IP = "100000"

// A small deterministic PRNG so a failure can be replayed.
function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32
    return seed / 2 ** 32
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: Record<string, string>

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await adminHeaders(api, getContainer())
    })

    it("should serialise 500 simultaneous bids from 50 customers exactly like the reference, and close with one winner", async () => {
      const customers = []
      for (let i = 0; i < 50; i += 10) {
        customers.push(...(await Promise.all(Array.from({ length: 10 }, () => registerCustomer(api, shop)))))
      }
      const lot = await createLot(api, admin, shop, {
        starting_price: 10,
        increments: [
          { from: 0, increment: 1 },
          { from: 100, increment: 2.5 },
          { from: 500, increment: 10 },
        ],
      })
      const rand = prng(20261124)
      // Ten bids per customer, sent together; amounts rise along the send order with noise,
      // so arrival order (decided by the server) makes many of them compete.
      const slots = customers.flatMap((c) => Array.from({ length: 10 }, () => c)).sort(() => rand() - 0.5)
      const planned = slots.map((c, i) => {
        const amount = Math.max(10, Math.round(10 + i * 2 + (rand() - 0.5) * 30))
        const max = rand() < 0.4 ? amount + Math.round(rand() * 60) : undefined
        return { c, amount, max }
      })
      const responses = await Promise.all(planned.map((p) => bid(api, lot.id, p.c.headers, p.amount, p.max)))
      const statuses = responses.map((r) => r.status)
      expect(statuses.filter((s) => s !== 200 && s !== 400)).toEqual([])

      const service = getContainer().resolve(AUCTION) as any
      const rows = await service.listAuctionBids({ lot_id: lot.id }, { order: { sequence: "ASC" }, take: 1000 })
      // Nothing lost, nothing duplicated: one row per request, sequences 1..500.
      expect(rows).toHaveLength(500)
      expect(rows.map((r: any) => r.sequence)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1))
      expect(rows.filter((r: any) => r.accepted)).toHaveLength(statuses.filter((s) => s === 200).length)

      const ref = referenceAuction(
        1000,
        [
          { from: 0, increment: 100 },
          { from: 10000, increment: 250 },
          { from: 50000, increment: 1000 },
        ],
        rows.map((r: any) => ({ bidder: r.customer_id, amount: r.amount_cents, max: r.max_amount_cents }))
      )
      expect(rows.map((r: any) => r.accepted)).toEqual(ref.steps.map((s) => s.accepted))
      // Every accepted bid (not a leader's own maximum raise) raised the price.
      let last = -1
      for (const [i, r] of rows.entries()) {
        if (!r.accepted) continue
        expect(r.price_after_cents).toBe(ref.steps[i].price)
        if (r.kind === "bid") expect(r.price_after_cents).toBeGreaterThan(last)
        last = r.price_after_cents
      }
      expect(rows.filter((r: any) => r.accepted && r.kind === "bid").length).toBeGreaterThan(20)
      const lotRow = await service.retrieveAuctionLot(lot.id)
      expect(lotRow.current_price_cents).toBe(ref.price)
      expect(lotRow.leader_customer_id).toBe(ref.leader)
      expect(lotRow.leader_max_cents).toBe(ref.leaderMax)

      // Closing with two workers at once yields exactly one winner, one cart and one "won" mail.
      service.setClockOffset(3601_000)
      const { runAuctionMaintenance } = require("@softshop/medusa-auctions/utils/settle")
      const reports = await Promise.all([runAuctionMaintenance(getContainer()), runAuctionMaintenance(getContainer())])
      expect(reports.flatMap((r: any) => r.closed)).toEqual([lot.id])
      const closed = await service.retrieveAuctionLot(lot.id)
      expect(closed).toEqual(expect.objectContaining({ status: "ended", result: "won", winner_customer_id: ref.leader, winning_price_cents: ref.price }))
      const won = await notificationsOf(getContainer(), "auctions.won")
      expect(won).toHaveLength(1)
      const winner = customers.find((c) => c.customer.id === ref.leader)!
      expect(won[0].to).toBe(winner.email)
      service.setClockOffset(0)
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminHeaders, AUCTION, bid, bidders, createLot, readEvents } from "../../helpers/auctions"
import { notificationsOf, seedShop, SeededShop } from "../../helpers/shop"
import { useSmtpFixture } from "../../helpers/smtp-fixture"

jest.setTimeout(240_000)
process.env.AUCTIONS_BID_RATE_IP = "5000"

const smtp = useSmtpFixture()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: Record<string, string>
    type Bidder = Awaited<ReturnType<typeof bidders>>[number]
    let A: Bidder, B: Bidder, C: Bidder
    const auction = () => getContainer().resolve(AUCTION) as any
    const maintenance = async () => {
      const { runAuctionMaintenance } = require("@softshop/medusa-auctions/utils/settle")
      return runAuctionMaintenance(getContainer())
    }
    const storeLot = async (id: string) => (await api.get(`/store/auctions/${id}`, { headers: shop.headers })).data.auction
    const adminLot = async (id: string) => (await api.get(`/admin/auctions/${id}`, { headers: admin })).data

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await adminHeaders(api, getContainer())
      ;[A, B, C] = await bidders(api, shop, 3)
    })
    beforeEach(async () => {
      auction().setClockOffset(0)
      // Each test starts with fresh bid-rate windows, as it starts from the suite's database snapshot: the counters
      // live in Medusa's cache, which the snapshot does not cover, and A, B and C bid in many tests (on a fast
      // machine more than the 30 bids per 10 s the limit allows, across tests).
      await getContainer().resolve(Modules.CACHE).invalidate("auctions:bid-rate:*")
    })

    it("should apply the increment table to the minimum next bid and name it when a bid is too low", async () => {
      const lot = await createLot(api, admin, shop, { starting_price: 95 })
      expect((await bid(api, lot.id, A.headers, 94)).data.message).toContain("minimum next bid on auction lot " + lot.id + " is 95.00")
      expect((await bid(api, lot.id, A.headers, 95)).status).toBe(200)
      expect((await storeLot(lot.id)).minimum_next_bid).toBe(96)
      expect((await bid(api, lot.id, B.headers, 99)).status).toBe(200)
      expect((await bid(api, lot.id, A.headers, 100)).status).toBe(200)
      // From 100 the increment is 5.
      const low = await bid(api, lot.id, B.headers, 104)
      expect(low.status).toBe(400)
      expect(low.data).toEqual(expect.objectContaining({ type: "invalid_data", message: expect.stringContaining("is 105.00") }))
      expect((await bid(api, lot.id, B.headers, 105)).status).toBe(200)
      const view = await storeLot(lot.id)
      expect(view).toEqual(expect.objectContaining({ current_price: 105, minimum_next_bid: 110, bid_count: 4 }))
      // The rejected bid is recorded but changed nothing.
      const { bids } = await adminLot(lot.id)
      expect(bids.filter((b: any) => !b.accepted).map((b: any) => b.rejection_code)).toEqual(["too_low", "too_low"])
    })

    it("should run proxy bids by the smallest increment and let a tie go to the earlier maximum", async () => {
      const lot = await createLot(api, admin, shop)
      expect((await bid(api, lot.id, A.headers, 20, 50)).data.bid).toEqual(expect.objectContaining({ is_leading: true, max_amount: 50 }))
      const b1 = await bid(api, lot.id, B.headers, 30)
      expect(b1.status).toBe(200)
      expect(b1.data.bid).toEqual(expect.objectContaining({ outbid: true, is_leading: false }))
      expect(b1.data.auction.current_price).toBe(31)
      // A bid equal to the leader's maximum does not win.
      const tie = await bid(api, lot.id, B.headers, 50)
      expect(tie.data.bid.is_leading).toBe(false)
      expect(tie.data.auction.current_price).toBe(50)
      const c = await bid(api, lot.id, C.headers, 51, 80)
      expect(c.data.bid.is_leading).toBe(true)
      expect(c.data.auction.current_price).toBe(51)
      const b2 = await bid(api, lot.id, B.headers, 60, 90)
      expect(b2.data.bid.is_leading).toBe(true)
      expect(b2.data.auction.current_price).toBe(81)
      const { auction: full } = await adminLot(lot.id)
      expect(full).toEqual(expect.objectContaining({ leader_customer_id: B.customer.id, leader_max: 90 }))
      // The displaced leaders were told, through the notification module, by the auction.bid.placed
      // subscriber (off the bid request: the mail may land just after the response).
      let outbid: any[] = []
      for (let tries = 0; tries < 100 && outbid.length < 2; tries++) {
        if (tries) await new Promise((r) => setTimeout(r, 100))
        outbid = await notificationsOf(getContainer(), "auctions.outbid")
      }
      expect(outbid.map((n: any) => n.to).sort()).toEqual([A.email, C.email].sort())
    })

    it("should let a leader raise their own maximum without bidding against themselves", async () => {
      const lot = await createLot(api, admin, shop)
      await bid(api, lot.id, A.headers, 20, 50)
      await bid(api, lot.id, B.headers, 30)
      expect((await storeLot(lot.id)).current_price).toBe(31)
      const raise = await bid(api, lot.id, A.headers, 32, 70)
      expect(raise.status).toBe(200)
      expect(raise.data.bid).toEqual(expect.objectContaining({ kind: "max_raise", is_leading: true, max_amount: 70 }))
      expect(raise.data.auction).toEqual(expect.objectContaining({ current_price: 31, bid_count: 2 }))
      const same = await bid(api, lot.id, A.headers, 32, 70)
      expect(same.status).toBe(400)
      expect(same.data.message).toContain("already leading")
      expect((await bid(api, lot.id, A.headers, 40)).data.message).toContain("already leading")
      // B now needs more than 70 to lead.
      const b = await bid(api, lot.id, B.headers, 65, 70)
      expect(b.data.bid.is_leading).toBe(false)
      expect(b.data.auction.current_price).toBe(70)
    })

    it("should refuse bids with clear errors: not started, ended, banned, bad amount, not logged in", async () => {
      const later = await createLot(api, admin, shop, { __offset: 3600_000 })
      const early = await bid(api, later.id, A.headers, 20)
      expect(early.status).toBe(400)
      expect(early.data.message).toContain("has not started")
      expect((await storeLot(later.id)).status).toBe("scheduled")

      const lot = await createLot(api, admin, shop)
      const bad = [
        [{ amount: -1 }, "amount"],
        [{ amount: 10.555 }, "at most 2 decimals"],
        [{ amount: 20, max_amount: 15 }, "max_amount"],
        [{ amount: "20" }, "amount"],
        [{ amount: 20, customer_id: "cus_x" }, "customer_id"],
      ] as const
      for (const [body, field] of bad) {
        const res = await api.post(`/store/auctions/${lot.id}/bids`, body, { headers: A.headers, validateStatus: () => true })
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
      }
      const anon = await api.post(`/store/auctions/${lot.id}/bids`, { amount: 20 }, { headers: shop.headers, validateStatus: () => true })
      expect(anon.status).toBe(401)
      const missing = await bid(api, "auc_missing", A.headers, 20)
      expect(missing.status).toBe(404)

      const ban = await api.post("/admin/auction-bans", { customer_id: C.customer.id, reason: "betaalt niet" }, { headers: admin })
      const banned = await bid(api, lot.id, C.headers, 20)
      expect(banned.status).toBe(403)
      expect(banned.data.message).toContain("banned")
      await api.delete(`/admin/auction-bans/${ban.data.ban.id}`, { headers: admin })
      expect((await bid(api, lot.id, C.headers, 20)).status).toBe(200)

      auction().setClockOffset(3601_000)
      const ended = await bid(api, lot.id, A.headers, 30)
      expect(ended.status).toBe(400)
      expect(ended.data.message).toContain("has ended")
    })

    it("should extend the lot only on accepted bids inside the window, up to the cap", async () => {
      const lot = await createLot(api, admin, shop, {
        anti_sniping: { window_seconds: 120, extension_seconds: 120, cap_seconds: 180 },
      })
      const end0 = new Date(lot.ends_at).getTime()
      // Far from the end: no extension.
      await bid(api, lot.id, A.headers, 20)
      expect(new Date((await storeLot(lot.id)).ends_at).getTime()).toBe(end0)
      // 30 s before the end: a rejected bid changes nothing.
      const offset = end0 - Date.now() - 30_000
      auction().setClockOffset(offset)
      expect((await bid(api, lot.id, B.headers, 20)).status).toBe(400)
      expect(new Date((await storeLot(lot.id)).ends_at).getTime()).toBe(end0)
      // An accepted bid pushes the end to the server's now + 120 s (server now = Date.now() + offset).
      const ok = await bid(api, lot.id, B.headers, 25)
      const end1 = new Date(ok.data.auction.ends_at).getTime()
      expect(end1).toBeGreaterThanOrEqual(end0 + 89_000)
      expect(end1).toBeLessThanOrEqual(Date.now() + offset + 120_000 + 1000)
      // Close to the extended end, again and again: capped at original end + 180 s.
      auction().setClockOffset(end1 - Date.now() - 10_000)
      await bid(api, lot.id, A.headers, 30)
      auction().setClockOffset(end0 + 170_000 - Date.now())
      const last = await bid(api, lot.id, B.headers, 35)
      expect(new Date(last.data.auction.ends_at).getTime()).toBe(end0 + 180_000)
      auction().setClockOffset(end0 + 181_000 - Date.now())
      expect((await bid(api, lot.id, A.headers, 40)).data.message).toContain("has ended")
    })

    it("should sell at the buy-now price before the first bid, and hide buy-now after it", async () => {
      const lot = await createLot(api, admin, shop, { buy_now_price: 250 })
      expect((await storeLot(lot.id)).buy_now_price).toBe(250)
      const bought = await api.post(`/store/auctions/${lot.id}/buy-now`, {}, { headers: A.headers })
      expect(bought.data.auction).toEqual(expect.objectContaining({ status: "ended", result: "won", current_price: 250 }))
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: carts } = await query.graph({
        entity: "cart",
        fields: ["customer_id", "items.unit_price", "items.variant_id"],
        filters: { id: bought.data.cart_id },
      })
      expect(carts[0]).toEqual(expect.objectContaining({ customer_id: A.customer.id }))
      expect(carts[0].items[0]).toEqual(expect.objectContaining({ unit_price: 250, variant_id: shop.variantId }))
      expect((await auction().getLegalHolds({ customer_id: A.customer.id }))[0]).toEqual(expect.objectContaining({ module: "auction", reference: lot.id }))

      const other = await createLot(api, admin, shop, { buy_now_price: 250 })
      await bid(api, other.id, B.headers, 20)
      expect((await storeLot(other.id)).buy_now_price).toBeNull()
      const late = await api.post(`/store/auctions/${other.id}/buy-now`, {}, { headers: A.headers, validateStatus: () => true })
      expect(late.status).toBe(400)
      expect(late.data.message).toContain("Buy-now is not available")
    })

    it("should close a lot exactly once with two workers, give the winner a cart, and mail winner and losers", async () => {
      const lot = await createLot(api, admin, shop, { reserve_price: 40 })
      await bid(api, lot.id, A.headers, 20, 45)
      // A's maximum covers the reserve: the price rises to it.
      expect(await storeLot(lot.id)).toEqual(expect.objectContaining({ current_price: 40, reserve_met: true }))
      expect((await bid(api, lot.id, B.headers, 41)).data.auction.current_price).toBe(42)
      auction().setClockOffset(3601_000)
      const [r1, r2] = await Promise.all([maintenance(), maintenance()])
      expect([...r1.closed, ...r2.closed].filter((id: string) => id === lot.id)).toHaveLength(1)
      const { auction: closed } = await adminLot(lot.id)
      expect(closed).toEqual(
        expect.objectContaining({ status: "ended", result: "won", winner_customer_id: A.customer.id, winning_price: 42, payment_status: "awaiting" })
      )
      expect(closed.cart_id).toMatch(/^cart_/)
      expect((await maintenance()).closed).not.toContain(lot.id)
      const won = await notificationsOf(getContainer(), "auctions.won")
      expect(won.map((n: any) => n.to)).toEqual([A.email])
      const lost = await notificationsOf(getContainer(), "auctions.lost")
      expect(lost.map((n: any) => n.to)).toEqual([B.email])
      // The won mail went out over SMTP, in Dutch.
      await smtp.waitFor(1)
      expect(smtp.messages.some((m) => m.to.includes(A.email) && m.subject.includes("gewonnen"))).toBe(true)
    })

    it("should give the winner a cart on a later run when the cart step after closing was interrupted", async () => {
      const lot = await createLot(api, admin, shop)
      await bid(api, lot.id, A.headers, 20)
      auction().setClockOffset(3601_000)
      await maintenance()
      // Simulate a crash between closing and attaching the cart.
      await auction().updateAuctionLots({ id: lot.id, cart_id: null })
      // Not yet: the lot changed less than 5 minutes ago (updated_at is the database's real time).
      auction().setClockOffset(0)
      expect((await maintenance()).carts_repaired).toEqual([])
      auction().setClockOffset(10 * 60_000)
      expect((await maintenance()).carts_repaired).toEqual([lot.id])
      expect((await adminLot(lot.id)).auction.cart_id).toMatch(/^cart_/)
      expect((await maintenance()).carts_repaired).toEqual([])
    })

    it("should mark the lot paid when the winner completes the auction cart, lifting the legal hold", async () => {
      const lot = await createLot(api, admin, shop)
      await bid(api, lot.id, A.headers, 20)
      await bid(api, lot.id, B.headers, 25)
      auction().setClockOffset(3601_000)
      await maintenance()
      auction().setClockOffset(0)
      const { auction: won } = await adminLot(lot.id)
      expect(won.winner_customer_id).toBe(B.customer.id)
      expect(await auction().getLegalHolds({ customer_id: B.customer.id })).toHaveLength(1)
      const cartId = won.cart_id
      await api.post(
        `/store/carts/${cartId}`,
        {
          shipping_address: { first_name: "Jan", last_name: "Jansen", address_1: "Kerkstraat 12", city: "Utrecht", postal_code: "3511 AB", country_code: "nl" },
        },
        { headers: B.headers }
      )
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers: B.headers })
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, { headers: B.headers })
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: B.headers })
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: B.headers })
      const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: B.headers })
      expect(done.type).toBe("order")
      expect(done.order.items[0].unit_price).toBe(25)
      let paid: any
      for (let i = 0; i < 50 && paid?.payment_status !== "paid"; i++) {
        await new Promise((r) => setTimeout(r, 200))
        paid = (await adminLot(lot.id)).auction
      }
      expect(paid).toEqual(expect.objectContaining({ payment_status: "paid", order_id: done.order.id }))
      expect(await auction().getLegalHolds({ customer_id: B.customer.id })).toEqual([])
      // A paid lot is never offered to anyone else.
      auction().setClockOffset(3601_000 + 49 * 3600_000)
      expect((await maintenance()).second_chance).toEqual([])
    })

    it("should close without a winner when the reserve is not met, or when nobody bid", async () => {
      const lot = await createLot(api, admin, shop, { reserve_price: 100 })
      await bid(api, lot.id, A.headers, 20, 60)
      await bid(api, lot.id, B.headers, 30)
      expect((await storeLot(lot.id)).reserve_met).toBe(false)
      const empty = await createLot(api, admin, shop)
      auction().setClockOffset(3601_000)
      await maintenance()
      expect((await adminLot(lot.id)).auction).toEqual(
        expect.objectContaining({ status: "ended", result: "reserve_not_met", winner_customer_id: null, cart_id: null })
      )
      expect((await adminLot(empty.id)).auction).toEqual(expect.objectContaining({ status: "ended", result: "no_bids" }))
      expect((await notificationsOf(getContainer(), "auctions.lost")).map((n: any) => n.to).sort()).toEqual([A.email, B.email].sort())
      expect(await notificationsOf(getContainer(), "auctions.won")).toHaveLength(0)
    })

    it("should remind an unpaid winner, then offer the lot to the runner-up at their maximum", async () => {
      const lot = await createLot(api, admin, shop)
      await bid(api, lot.id, B.headers, 20, 35)
      await bid(api, lot.id, A.headers, 30, 60)
      await bid(api, lot.id, C.headers, 25)
      auction().setClockOffset(3601_000)
      await maintenance()
      const first = (await adminLot(lot.id)).auction
      expect(first).toEqual(expect.objectContaining({ winner_customer_id: A.customer.id, winning_price: 36 }))
      // 30 h later: inside the reminder window (24 h before the 48 h deadline).
      auction().setClockOffset(3601_000 + 30 * 3600_000)
      expect((await maintenance()).reminded).toEqual([lot.id])
      expect((await maintenance()).reminded).toEqual([])
      expect((await notificationsOf(getContainer(), "auctions.payment-reminder")).map((n: any) => n.to)).toEqual([A.email])
      // Past the deadline: second chance for B (highest other maximum: 35).
      auction().setClockOffset(3601_000 + 49 * 3600_000)
      const run = await maintenance()
      expect(run.second_chance).toEqual([lot.id])
      const second = (await adminLot(lot.id)).auction
      expect(second).toEqual(
        expect.objectContaining({
          winner_customer_id: B.customer.id,
          lapsed_winner_customer_id: A.customer.id,
          winning_price: 35,
          won_via: "second_chance",
          payment_status: "awaiting",
        })
      )
      expect(second.cart_id).not.toBe(first.cart_id)
      expect((await notificationsOf(getContainer(), "auctions.second-chance")).map((n: any) => n.to)).toEqual([B.email])
      expect(await auction().getLegalHolds({ customer_id: A.customer.id })).toEqual([])
      expect(await auction().getLegalHolds({ customer_id: B.customer.id })).toHaveLength(1)
      expect((await maintenance()).second_chance).toEqual([])
    })

    it("should show a masked history with stable pseudonyms, mark own bids, and identities only to admins", async () => {
      const lot = await createLot(api, admin, shop)
      await bid(api, lot.id, A.headers, 20)
      await bid(api, lot.id, B.headers, 21)
      await bid(api, lot.id, A.headers, 22)
      await bid(api, lot.id, C.headers, 23)
      const pub = await api.get(`/store/auctions/${lot.id}/bids`, { headers: shop.headers })
      expect(pub.data.bids.map((b: any) => b.bidder)).toEqual(["Bieder 3", "Bieder 1", "Bieder 2", "Bieder 1"])
      expect(pub.data.bids.every((b: any) => b.is_mine === false)).toBe(true)
      const raw = JSON.stringify(pub.data) + JSON.stringify((await api.get(`/store/auctions`, { headers: shop.headers })).data)
      for (const who of [A, B, C]) {
        expect(raw).not.toContain(who.customer.id)
        expect(raw).not.toContain(who.email)
      }
      expect(pub.data.server_time).toEqual(expect.any(String))
      const mine = await api.get(`/store/auctions/${lot.id}/bids`, { headers: A.headers })
      expect(mine.data.bids.map((b: any) => b.is_mine)).toEqual([false, true, false, true])
      const { bids } = await adminLot(lot.id)
      expect(bids.map((b: any) => b.customer_id)).toEqual([C, A, B, A].map((x) => x.customer.id))
      // A rejected bid of a customer without an accepted one has no pseudonym: null, never "Bieder null".
      const [D] = await bidders(api, shop, 1)
      expect((await bid(api, lot.id, D.headers, 5)).status).toBe(400)
      const { bids: after } = await adminLot(lot.id)
      expect(after[0]).toEqual(
        expect.objectContaining({ customer_id: D.customer.id, accepted: false, rejection_code: "too_low", bidder: null, bidder_number: null })
      )
      expect(JSON.stringify(after)).not.toContain("Bieder null")
    })

    it("should list active lots with current price, bid count, end time and server time", async () => {
      const lot = await createLot(api, admin, shop, { title: "Veilingkavel monitor" })
      await bid(api, lot.id, A.headers, 20)
      const { data } = await api.get("/store/auctions", { headers: shop.headers })
      const row = data.auctions.find((a: any) => a.id === lot.id)
      expect(row).toEqual(expect.objectContaining({ title: "Veilingkavel monitor", current_price: 20, bid_count: 1, status: "active", ends_at: lot.ends_at }))
      expect(row).not.toHaveProperty("reserve_price")
      expect(row).not.toHaveProperty("leader_customer_id")
      expect(Math.abs(new Date(data.server_time).getTime() - Date.now())).toBeLessThan(5000)
    })

    it("should deliver a new bid over Server-Sent Events", async () => {
      const lot = await createLot(api, admin, shop)
      const url = `${api.defaults.baseURL}/store/auctions/${lot.id}/events`
      let opened: () => void = () => undefined
      const open = new Promise<void>((r) => (opened = r))
      const stream = readEvents(
        url,
        shop.headers,
        (e) => e.event === "bid",
        () => opened()
      )
      await open
      await bid(api, lot.id, A.headers, 42)
      const events = await stream
      expect(events[0].event).toBe("snapshot")
      const bidEvent = events.find((e) => e.event === "bid")!
      expect(bidEvent.data).toEqual(expect.objectContaining({ bidder: "Bieder 1", amount: 42, server_time: expect.any(String) }))
      expect(bidEvent.data.auction.current_price).toBe(42)
      expect(JSON.stringify(bidEvent.data)).not.toContain(A.customer.id)
    })

    it("should rate-limit bids per customer with 429 and Retry-After", async () => {
      const lot = await createLot(api, admin, shop)
      const [D] = await bidders(api, shop, 1)
      const results = await Promise.all(Array.from({ length: 40 }, (_, i) => bid(api, lot.id, D.headers, 20 + i)))
      const limited = results.filter((r) => r.status === 429)
      expect(limited.length).toBeGreaterThan(0)
      expect(Number(limited[0].headers["retry-after"])).toBeGreaterThan(0)
      expect(results.filter((r) => r.status !== 429).length).toBeLessThanOrEqual(30)
    })

    it("should export a bidder's data, and erase it keeping every lot result consistent", async () => {
      const lot = await createLot(api, admin, shop)
      await bid(api, lot.id, A.headers, 20, 60)
      await bid(api, lot.id, B.headers, 30)
      auction().setClockOffset(3601_000)
      await maintenance()
      const service = auction()
      expect(service.getPersonalDataDescriptor().module).toBe("auction")
      const exported = await service.exportSubjectData({ customer_id: A.customer.id })
      expect(exported.entities.auction_bid).toHaveLength(1)
      expect(exported.entities.auction_lot[0]).toEqual(expect.objectContaining({ id: lot.id, is_winner: true, payment_status: "awaiting" }))
      expect(await service.getLegalHolds({ customer_id: A.customer.id })).toEqual([{ module: "auction", reason: "unpaid auction win", reference: lot.id }])
      // Batch form (privacy retention): one list per subject, in the order given.
      expect(await service.getLegalHoldsForSubjects([{ customer_id: B.customer.id }, { customer_id: A.customer.id }, { email: "x@example.nl" }])).toEqual([
        [],
        [{ module: "auction", reason: "unpaid auction win", reference: lot.id }],
        [],
      ])
      const before = (await adminLot(lot.id)).auction
      const erased = await service.eraseSubjectData({ customer_id: A.customer.id })
      expect(erased.anonymized).toEqual({ auction_bid: 1, auction_lot: 1 })
      const again = await service.eraseSubjectData({ customer_id: A.customer.id })
      expect(again.anonymized).toEqual({ auction_bid: 0, auction_lot: 0 })
      const after = (await adminLot(lot.id)).auction
      expect(after).toEqual(expect.objectContaining({ result: "won", winning_price: before.winning_price, payment_status: "awaiting" }))
      expect(after.winner_customer_id).toMatch(/^anon_/)
      expect(after.leader_customer_id).toBe(after.winner_customer_id)
      const { bids } = await adminLot(lot.id)
      expect(bids.find((b: any) => b.anonymized).customer_id).toBe(after.winner_customer_id)
      expect((await api.get(`/store/auctions/${lot.id}/bids`, { headers: shop.headers })).data.bids.map((b: any) => b.bidder)).toEqual(["Bieder 2", "Bieder 1"])
      expect((await service.exportSubjectData({ customer_id: A.customer.id })).entities.auction_bid).toEqual([])
    })

    it("should anonymise losing bids once the retention period after closing has passed, keeping the winner's", async () => {
      const lot = await createLot(api, admin, shop)
      await bid(api, lot.id, A.headers, 20)
      await bid(api, lot.id, B.headers, 21)
      await bid(api, lot.id, A.headers, 22)
      await bid(api, lot.id, C.headers, 23)
      auction().setClockOffset(3601_000)
      await maintenance()
      // Paid, so no legal hold keeps the lot's bids identifiable.
      await auction().updateAuctionLots({ id: lot.id, payment_status: "paid" })
      auction().setClockOffset(3601_000 + 89 * 86400_000)
      expect((await maintenance()).anonymized_bids).toBe(0)
      auction().setClockOffset(3601_000 + 91 * 86400_000)
      expect((await maintenance()).anonymized_bids).toBe(3)
      expect((await maintenance()).anonymized_bids).toBe(0)
      const { bids } = await adminLot(lot.id)
      const byNumber = (n: number) => bids.filter((b: any) => b.bidder_number === n)
      expect(byNumber(3).map((b: any) => b.customer_id)).toEqual([C.customer.id])
      expect(new Set(byNumber(1).map((b: any) => b.customer_id)).size).toBe(1)
      expect(byNumber(1)[0].customer_id).toMatch(/^anon_/)
      expect(byNumber(2)[0].customer_id).toMatch(/^anon_/)
      expect((await auction().exportSubjectData({ customer_id: A.customer.id })).entities.auction_bid).toEqual([])
    })

    it("should let an admin create, list and cancel lots, and refuse bad lot input naming the field", async () => {
      const bad = await api.post(
        "/admin/auctions",
        { variant_id: shop.variantId, starts_at: new Date().toISOString(), ends_at: new Date(Date.now() - 1000).toISOString(), starting_price: 10 },
        { headers: admin, validateStatus: () => true }
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("ends_at")
      const noVariant = await api.post(
        "/admin/auctions",
        { variant_id: "variant_nope", starts_at: new Date().toISOString(), ends_at: new Date(Date.now() + 60_000).toISOString(), starting_price: 10 },
        { headers: admin, validateStatus: () => true }
      )
      expect(noVariant.status).toBe(400)
      expect(noVariant.data.message).toContain("variant_id")
      const lot = await createLot(api, admin, shop)
      const list = await api.get("/admin/auctions?status=active", { headers: admin })
      expect(list.data.auctions.map((a: any) => a.id)).toContain(lot.id)
      const noReason = await api.post(`/admin/auctions/${lot.id}/cancel`, {}, { headers: admin, validateStatus: () => true })
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toContain("reason")
      const cancelled = await api.post(`/admin/auctions/${lot.id}/cancel`, { reason: "Item damaged in storage" }, { headers: admin })
      expect(cancelled.data.auction.status).toBe("cancelled")
      expect(cancelled.data.auction.cancel_reason).toBe("Item damaged in storage")
      expect((await bid(api, lot.id, A.headers, 20)).data.message).toContain("was cancelled")
      const twice = await api.post(`/admin/auctions/${lot.id}/cancel`, { reason: "again" }, { headers: admin, validateStatus: () => true })
      expect(twice.status).toBe(400)
      expect((await api.get(`/admin/auctions`, { validateStatus: () => true })).status).toBe(401)
    })

    it("should show the admin names, SKUs and the server time instead of ids, filter lots by variant and keep the cancel reason", async () => {
      const lot = await createLot(api, admin, shop, {
        increments: [
          { from: 0, increment: 2 },
          { from: 50, increment: 5 },
        ],
        anti_sniping: { window_seconds: 120, extension_seconds: 60, cap_seconds: 3600 },
      })
      expect((await bid(api, lot.id, A.headers, 12)).status).toBe(200)
      const { auction: view, bids, server_time } = await adminLot(lot.id)
      expect(new Date(server_time).getTime()).toBeGreaterThan(0)
      expect(view.variant).toEqual(
        expect.objectContaining({ id: shop.variantId, sku: "SV-27QHD", product: expect.objectContaining({ title: expect.any(String) }) })
      )
      expect(view.increments).toEqual([
        { from: 0, increment: 2 },
        { from: 50, increment: 5 },
      ])
      expect(view.anti_sniping).toEqual({ window_seconds: 120, extension_seconds: 60, cap_seconds: 3600 })
      expect(view.leader).toEqual(expect.objectContaining({ id: A.customer.id, email: A.email, first_name: "Bieder0" }))
      expect(bids[0].customer).toEqual(expect.objectContaining({ id: A.customer.id, email: A.email }))

      const mine = await api.get(`/admin/auctions?variant_id=${shop.variantId}`, { headers: admin })
      expect(mine.data.auctions.map((a: any) => a.id)).toContain(lot.id)
      expect(mine.data.auctions[0].variant.sku).toBe("SV-27QHD")
      const other = await api.get(`/admin/auctions?variant_id=variant_elsewhere`, { headers: admin })
      expect(other.data.auctions).toEqual([])

      const no = { headers: admin, validateStatus: () => true }
      const short = await api.post(`/admin/auctions/${lot.id}/cancel`, { reason: " x " }, no)
      expect(short.status).toBe(400)
      expect(short.data.message).toMatch(/reason.*3/)
      const extra = await api.post(`/admin/auctions/${lot.id}/cancel`, { reason: "Damaged", force: true }, no)
      expect(extra.status).toBe(400)
      await api.post(`/admin/auctions/${lot.id}/cancel`, { reason: "  Damaged in storage  " }, { headers: admin })
      const { auction: cancelled } = await adminLot(lot.id)
      expect(cancelled).toEqual(
        expect.objectContaining({ status: "cancelled", cancel_reason: "Damaged in storage", cancelled_by: expect.stringMatching(/^user_/) })
      )
    })

    it("should answer 400 naming the field for empty increments, dates out of range, wrong decimals and bad paging", async () => {
      const no = { headers: admin, validateStatus: () => true }
      const base = {
        variant_id: shop.variantId,
        starts_at: new Date().toISOString(),
        ends_at: new Date(Date.now() + 3600_000).toISOString(),
        starting_price: 10,
      }
      const cases: [Record<string, unknown>, string][] = [
        [{ increments: [] }, "increments"],
        [{ increments: [{ from: 5, increment: 1 }] }, "increments must start at from = 0"],
        [
          {
            increments: [
              { from: 0, increment: 1 },
              { from: 0, increment: 2 },
            ],
          },
          "increments must not repeat",
        ],
        [{ increments: "1" }, "increments"],
        [{ ends_at: "+275000-01-01T00:00:00.000Z" }, "ends_at must be between"],
        [{ starts_at: "-200000-01-01T00:00:00.000Z" }, "starts_at must be between"],
        [{ starts_at: "1900-01-01T00:00:00.000Z", ends_at: "1900-01-02T00:00:00.000Z" }, "starts_at must be between"],
        [{ ends_at: "not a date" }, "ends_at"],
        [{ starting_price: 10.005 }, "starting_price may have at most 2 decimals in EUR"],
        [{ currency_code: "jpy", starting_price: 1000.5 }, "starting_price may have at most 0 decimals in JPY"],
        [{ currency_code: "e1r" }, "currency_code"],
        [{ starting_price: 1e308 }, "'starting_price' too big"],
      ]
      for (const [patch, message] of cases) {
        const res = await api.post("/admin/auctions", { ...base, ...patch }, no)
        expect([patch, res.status]).toEqual([patch, 400])
        expect(res.data.message).toContain(message)
      }
      // Zero- and three-decimal currencies are stored in their own minor units.
      const { data: jpy } = await api.post(
        "/admin/auctions",
        { ...base, currency_code: "JPY", starting_price: 1500, increments: [{ from: 0, increment: 100 }] },
        { headers: admin }
      )
      expect(jpy.auction).toEqual(expect.objectContaining({ currency_code: "jpy", starting_price: 1500, minimum_next_bid: 1500 }))
      expect((await auction().retrieveAuctionLot(jpy.auction.id)).starting_price_cents).toBe(1500)
      const tooFine = await bid(api, jpy.auction.id, A.headers, 1600.5)
      expect(tooFine.status).toBe(400)
      expect(tooFine.data.message).toContain("amount may have at most 0 decimals in JPY")
      expect((await bid(api, jpy.auction.id, A.headers, 1600)).data.auction.current_price).toBe(1600)
      const { data: kwd } = await api.post(
        "/admin/auctions",
        { ...base, currency_code: "kwd", starting_price: 12.345, increments: [{ from: 0, increment: 0.005 }] },
        { headers: admin }
      )
      expect((await auction().retrieveAuctionLot(kwd.auction.id)).starting_price_cents).toBe(12345)
      expect(kwd.auction.starting_price).toBe(12.345)
      // Every admin list validates its paging like Medusa's own lists.
      for (const path of ["/admin/auctions", "/admin/auction-bans"]) {
        for (const [qs, field] of [
          ["limit=abc", "limit"],
          ["limit=-1", "limit"],
          ["offset=-1", "offset"],
          ["offset=abc", "offset"],
          ["limit=1.5", "limit"],
          ["foo=1", "foo"],
        ]) {
          const res = await api.get(`${path}?${qs}`, no)
          expect([path, qs, res.status]).toEqual([path, qs, 400])
          expect(res.data.message).toContain(field)
        }
        const page = await api.get(`${path}?limit=1&offset=0`, { headers: admin })
        expect(page.data).toEqual(expect.objectContaining({ limit: 1, offset: 0, count: expect.any(Number) }))
      }
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow, createPaymentCollectionForCartWorkflow, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { adminHeaders, AUCTION, bid, bidders, createLot } from "../../helpers/auctions"
import { prepareCart, seedShop, SeededShop, startPayment } from "../../helpers/shop"
import { useSmtpFixture } from "../../helpers/smtp-fixture"

jest.setTimeout(300_000)
process.env.AUCTIONS_BID_RATE_IP = "5000"
// The pay link in the won / reminder / second-chance mails (medusa-config.ts → storefrontUrl).
const STOREFRONT = "https://winkel.example.nl"
process.env.STOREFRONT_URL = STOREFRONT

const smtp = useSmtpFixture()
const address = {
  first_name: "Jan",
  last_name: "Jansen",
  address_1: "Kerkstraat 12",
  city: "Utrecht",
  postal_code: "3511 AB",
  country_code: "nl",
}
const plain = (s: string) => s.replace(/\u00a0/g, " ")

/**
 * Auction settlement as a storefront drives it (issue 10, 8a–8d): two customers
 * bid, the lot closes, the winner finds the cart through GET /store/auction-wins,
 * cannot change the lot's line, cannot complete a tampered cart, and pays.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: Record<string, string>
    type Bidder = Awaited<ReturnType<typeof bidders>>[number]
    let A: Bidder, B: Bidder
    let cheapVariantId: string
    const auction = () => getContainer().resolve(AUCTION) as any
    const maintenance = async () => {
      const { runAuctionMaintenance } = require("@softshop/medusa-auctions/utils/settle")
      return runAuctionMaintenance(getContainer())
    }
    const adminLot = async (id: string) => (await api.get(`/admin/auctions/${id}`, { headers: admin })).data.auction
    const wins = (headers: Record<string, string>, qs = "") => api.get(`/store/auction-wins${qs}`, { headers, validateStatus: () => true })
    const no = { validateStatus: () => true }

    /** A lot A and B bid on; B wins at € 250 when the job closes it. */
    async function wonLot(body: Record<string, unknown> = {}) {
      const lot = await createLot(api, admin, shop, {
        starting_price: 200,
        increments: [{ from: 0, increment: 10 }],
        ...body,
      })
      expect((await bid(api, lot.id, A.headers, 200)).status).toBe(200)
      expect((await bid(api, lot.id, B.headers, 250)).status).toBe(200)
      auction().setClockOffset(3601_000)
      expect((await maintenance()).closed).toContain(lot.id)
      auction().setClockOffset(0)
      return lot
    }

    async function shipAndStartPayment(cartId: string, headers: Record<string, string>) {
      expect((await api.post(`/store/carts/${cartId}`, { shipping_address: address }, { headers, ...no })).status).toBe(200)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
      expect(options.shipping_options.length).toBeGreaterThan(0)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, { headers })
      expect((await startPayment(api, headers, cartId)).status).toBe(200)
    }

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await adminHeaders(api, getContainer())
      ;[A, B] = await bidders(api, shop, 2)
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["id"], filters: { sku: "SG-AV-1" } })
      cheapVariantId = data[0].id
      const { data: variant } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["product_id"], filters: { id: shop.variantId } })
      await getContainer().resolve(Modules.PRODUCT).updateProducts(variant[0].product_id, { thumbnail: "https://cdn.example.nl/monitor.jpg" })
    })
    beforeEach(() => {
      auction().setClockOffset(0)
      smtp.clear()
    })

    it("should close a lot into a cart on a shop whose store has no default region (the demo seed), and warn at boot only when no region exists", async () => {
      const container = getContainer()
      const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_region_id"] })
      expect(store.default_region_id ?? null).toBeNull()
      const lot = await wonLot()
      const cartId = (await adminLot(lot.id)).cart_id
      const cart = await container.resolve(Modules.CART).retrieveCart(cartId, { select: ["id", "region_id"] })
      expect(cart.region_id).toBe(shop.regionId)

      const { warnAboutMissingServices } = require("@softshop/medusa-auctions/utils/boot-checks")
      const bootWarnings = async (pg: unknown) => {
        const warnings: string[] = []
        const cradle = {
          [ContainerRegistrationKeys.LOGGER]: { warn: (m: string) => warnings.push(m) },
          [ContainerRegistrationKeys.CONFIG_MODULE]: container.resolve(ContainerRegistrationKeys.CONFIG_MODULE),
          [ContainerRegistrationKeys.PG_CONNECTION]: pg,
        }
        await warnAboutMissingServices(cradle, undefined)
        return warnings
      }
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      expect(await bootWarnings(knex)).toEqual([])
      // Every region deleted (inside a transaction that is rolled back): now closing would fail, and the boot says so.
      await knex
        .transaction(async (trx: any) => {
          await trx.raw("update region set deleted_at = now()")
          const warnings = await bootWarnings(trx)
          expect(warnings).toHaveLength(1)
          expect(warnings[0]).toMatch(/no region/)
          throw new Error("rollback")
        })
        .catch((e: Error) => {
          if (e.message !== "rollback") throw e
        })
      expect(await bootWarnings(knex)).toEqual([])
    })

    it("should let the winner find, but not change, the lot's cart, refuse tampered carts at completion, and mark the lot paid on the real order", async () => {
      const lot = await wonLot()

      // 8a: the winner finds the win and its cart; the loser finds nothing; paging is validated.
      const mine = await wins(B.headers)
      expect(mine.status).toBe(200)
      expect(mine.data).toEqual(expect.objectContaining({ count: 1, offset: 0, limit: 20 }))
      const [win] = mine.data.wins
      expect(win).toEqual({
        lot_id: lot.id,
        title: expect.any(String),
        thumbnail: "https://cdn.example.nl/monitor.jpg",
        variant_id: shop.variantId,
        amount: 250,
        currency_code: "eur",
        cart_id: expect.stringMatching(/^cart_/),
        pay_before: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        status: "awaiting_payment",
        kind: "won",
      })
      expect(win.cart_id).toBe((await adminLot(lot.id)).cart_id)
      expect((await wins(A.headers)).data).toEqual({ wins: [], count: 0, offset: 0, limit: 20 })
      expect((await wins(shop.headers)).status).toBe(401)
      for (const [qs, field] of [
        ["?limit=abc", "limit"],
        ["?limit=-1", "limit"],
        ["?offset=-1", "offset"],
        ["?limit=1000", "limit"],
        ["?order=id", "order"],
      ]) {
        const bad = await wins(B.headers, qs)
        expect([qs, bad.status]).toEqual([qs, 400])
        expect(bad.data.message).toContain(field)
      }
      expect((await wins(B.headers, "?limit=1&offset=1")).data).toEqual({ wins: [], count: 1, offset: 1, limit: 1 })

      // The won mail: Dutch money, a human deadline, the pay link.
      await smtp.waitFor(1)
      const [mail] = smtp.to(B.email).filter((m) => m.subject.includes("gewonnen"))
      expect(plain(mail.text)).toContain("€ 250,00")
      expect(mail.text).not.toContain("250.00")
      expect(mail.text).toMatch(/betaal vóór \d{1,2} \w+ \d{4} om \d\d:\d\d CET/)
      expect(mail.text).toContain(`${STOREFRONT}/account/auctions?pay=${lot.id}`)
      expect(mail.html).toContain(`href="${STOREFRONT}/account/auctions?pay&#x3D;${lot.id}"`)

      // 8b/8c: the lot's line is locked (quantity 1, the won price) against the Store API.
      const cartId = win.cart_id
      const { data: before } = await api.get(`/store/carts/${cartId}`, { headers: B.headers })
      expect(before.cart.items).toHaveLength(1)
      const line = before.cart.items[0]
      expect(line).toEqual(expect.objectContaining({ variant_id: shop.variantId, quantity: 1, unit_price: 250 }))
      const refusals = [
        await api.delete(`/store/carts/${cartId}/line-items/${line.id}`, { headers: B.headers, ...no }),
        await api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 5 }, { headers: B.headers, ...no }),
        await api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 0 }, { headers: B.headers, ...no }),
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: cheapVariantId, quantity: 1 }, { headers: B.headers, ...no }),
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: shop.variantId, quantity: 4 }, { headers: B.headers, ...no }),
        await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["KORTING"] }, { headers: B.headers, ...no }),
        await api.post(`/store/carts/${cartId}`, { promo_codes: ["KORTING"] }, { headers: B.headers, ...no }),
        await api.post(`/store/carts/${cartId}`, { sales_channel_id: "sc_other" }, { headers: B.headers, ...no }),
      ]
      expect(refusals.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400, 400, 400])
      expect(refusals[0].data.message).toContain(`its line ${line.id} is the won lot at a fixed price and quantity 1 and cannot be changed or removed`)
      expect(refusals[1].data.message).toContain(`payment cart of auction lot ${lot.id}`)
      expect(refusals[3].data.message).toContain("no line can be added")
      expect(refusals[5].data.message).toContain("promotion codes do not apply")
      expect(refusals[6].data.message).toContain("promo_codes cannot be changed")
      // Resending the cart's own region (as storefronts do) is no change.
      expect((await api.post(`/store/carts/${cartId}`, { region_id: shop.regionId }, { headers: B.headers, ...no })).status).toBe(200)
      // Nobody can make an ordinary cart look like a lot's cart.
      const { data: other } = await api.post("/store/carts", { region_id: shop.regionId }, { headers: A.headers })
      const claim = await api.post(
        `/store/carts/${other.cart.id}/line-items`,
        { variant_id: shop.variantId, quantity: 1, metadata: { auction_lot_id: lot.id } },
        { headers: A.headers, ...no }
      )
      expect(claim.status).toBe(400)
      expect(claim.data.message).toContain("metadata.auction_lot_id is reserved")
      const { data: after } = await api.get(`/store/carts/${cartId}`, { headers: B.headers })
      expect(after.cart.items.map((i: any) => [i.id, i.quantity, i.unit_price])).toEqual([[line.id, 1, 250]])

      // Completion refuses a cart tampered behind the Store API's back (any path: webhooks too).
      await shipAndStartPayment(cartId, B.headers)
      const cartModule = getContainer().resolve(Modules.CART)
      const complete = () => api.post(`/store/carts/${cartId}/complete`, {}, { headers: B.headers, ...no })
      await cartModule.updateLineItems(line.id, { quantity: 5 })
      let refused = await complete()
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain(
        `Auction cart ${cartId} must hold exactly one line: auction lot ${lot.id}, quantity 1, at 250.00 EUR (the line's quantity is 5)`
      )
      await cartModule.updateLineItems(line.id, { quantity: 1, unit_price: 1 })
      refused = await complete()
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("the line's price was changed")
      await cartModule.updateLineItems(line.id, { unit_price: 250 })
      // "Swap": a € 29.95 item instead of the lot.
      const [extra] = await cartModule.addLineItems([{ cart_id: cartId, title: "Antivirus", variant_id: cheapVariantId, quantity: 1, unit_price: 29.95 }])
      await cartModule.softDeleteLineItems([line.id])
      refused = await complete()
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("its line is another product")
      await cartModule.restoreLineItems([line.id])
      refused = await complete()
      expect(refused.data.message).toContain("holds 2 lines")
      await cartModule.deleteLineItems([extra.id])
      // No order came of the refused attempts, and the lot still awaits payment.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({
        entity: "order_cart",
        fields: ["order_id"],
        filters: { cart_id: cartId },
      })
      expect(links).toEqual([])
      expect((await adminLot(lot.id)).payment_status).toBe("awaiting")

      // Paying properly: one order, exactly the lot's line; the lot becomes paid.
      const done = await complete()
      expect(done.status).toBe(200)
      expect(done.data.type).toBe("order")
      expect(done.data.order.items.map((i: any) => [i.variant_id, i.quantity, i.unit_price])).toEqual([[shop.variantId, 1, 250]])
      let paid: any
      for (let i = 0; i < 50 && paid?.payment_status !== "paid"; i++) {
        await new Promise((r) => setTimeout(r, 200))
        paid = await adminLot(lot.id)
      }
      expect(paid).toEqual(expect.objectContaining({ payment_status: "paid", order_id: done.data.order.id }))
      expect((await wins(B.headers)).data.wins[0]).toEqual(expect.objectContaining({ lot_id: lot.id, status: "paid", cart_id: null }))
    })

    it("should run the privacy plugin's account guard and the auction guard side by side in completeCartWorkflow", async () => {
      const container = getContainer()
      // Payment sessions made behind the Store API's back, as a webhook path would find them.
      const pay = async (cartId: string) => {
        const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
          input: { cart_id: cartId },
        })
        await createPaymentSessionsWorkflow(container).run({
          input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
        })
      }
      const run = async (cartId: string) => (await completeCartWorkflow(container).run({ input: { id: cartId }, throwOnError: false })).errors
      // P3 (privacy, hooks.validate): a guest cart is refused inside the workflow.
      const guestCart = await prepareCart(api, shop, shop.headers, "gast@example.nl")
      await pay(guestCart)
      const guest = await run(guestCart)
      expect(guest[0].error.message).toContain("account_required")
      // The auction guard (beforePaymentAuthorization) in the same shop, the same workflow.
      const lot = await wonLot()
      const cartId = (await adminLot(lot.id)).cart_id
      await api.post(`/store/carts/${cartId}`, { shipping_address: address }, { headers: B.headers })
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers: B.headers })
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, { headers: B.headers })
      await pay(cartId)
      const { data } = await api.get(`/store/carts/${cartId}`, { headers: B.headers })
      await container.resolve(Modules.CART).updateLineItems(data.cart.items[0].id, { quantity: 2 })
      const tampered = await run(cartId)
      expect(tampered[0].error.message).toContain("the line's quantity is 2")
      expect(tampered[0].error.message).not.toContain("account_required")
      // Put right, the winner's cart passes both guards; so does an ordinary customer's cart.
      await container.resolve(Modules.CART).updateLineItems(data.cart.items[0].id, { quantity: 1 })
      expect(await run(cartId)).toEqual([])
      const plainCart = await prepareCart(api, shop, A.headers)
      await pay(plainCart)
      expect(await run(plainCart)).toEqual([])
    })

    it("should not mark a lot paid for an order that is not exactly the lot, and refuse a lapsed winner's old cart", async () => {
      const { markLotPaidWorkflow } = require("@softshop/medusa-auctions/workflows")
      const lot = await wonLot()
      // An ordinary € 329 order of B's, pointed at the lot as if it came from the lot's cart.
      const cart = await prepareCart(api, shop, B.headers)
      await startPayment(api, B.headers, cart)
      const { data: order } = await api.post(`/store/carts/${cart}/complete`, {}, { headers: B.headers })
      expect(order.type).toBe("order")
      const lotCart = (await adminLot(lot.id)).cart_id
      await auction().updateAuctionLots({ id: lot.id, cart_id: cart })
      const { result } = await markLotPaidWorkflow(getContainer()).run({ input: { order_id: order.order.id } })
      expect(result).toBeNull()
      expect(await adminLot(lot.id)).toEqual(expect.objectContaining({ payment_status: "awaiting", order_id: null }))
      await auction().updateAuctionLots({ id: lot.id, cart_id: lotCart })

      // Past the deadline B's win lapses to A (second chance); B's old cart can no longer be paid.
      await shipAndStartPayment(lotCart, B.headers)
      auction().setClockOffset(3601_000 + 49 * 3600_000)
      expect((await maintenance()).second_chance).toEqual([lot.id])
      const stale = await api.post(`/store/carts/${lotCart}/complete`, {}, { headers: B.headers, ...no })
      expect(stale.status).toBe(400)
      expect(stale.data.message).toContain(`holds auction lot ${lot.id}, which is no longer to be paid through this cart`)
      // Both see it in their wins: B's lapsed win, A's second-chance offer with a fresh cart.
      const [bWin] = (await wins(B.headers)).data.wins
      expect(bWin).toEqual(expect.objectContaining({ lot_id: lot.id, status: "expired", kind: "won", amount: 250, cart_id: null }))
      const [aWin] = (await wins(A.headers)).data.wins
      expect(aWin).toEqual(expect.objectContaining({ lot_id: lot.id, status: "awaiting_payment", kind: "second_chance", amount: 200 }))
      expect(aWin.cart_id).toMatch(/^cart_/)
      expect(aWin.cart_id).not.toBe(lotCart)
      const [offer] = smtp.to(A.email).filter((m) => m.subject.startsWith("Tweede kans"))
      expect(plain(offer.subject)).toContain("€ 200,00")
      expect(offer.text).toContain(`${STOREFRONT}/account/auctions?pay=${lot.id}`)
    })

    it("should put the winner's cart in the lot's sales channel, so its shipping options work there", async () => {
      const { data: sc } = await api.post("/admin/sales-channels", { name: "Veilingkanaal" }, { headers: admin })
      const channel = sc.sales_channel.id
      const { data: variant } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["product_id"], filters: { id: shop.variantId } })
      // Not sold in that channel yet: the lot is refused, naming the field.
      const notSold = await api.post(
        "/admin/auctions",
        {
          variant_id: shop.variantId,
          sales_channel_id: channel,
          starts_at: new Date().toISOString(),
          ends_at: new Date(Date.now() + 3600_000).toISOString(),
          starting_price: 10,
        },
        { headers: admin, ...no }
      )
      expect(notSold.status).toBe(400)
      expect(notSold.data.message).toContain(`is not sold in sales channel ${channel}`)
      const unknown = await api.post(
        "/admin/auctions",
        {
          variant_id: shop.variantId,
          sales_channel_id: "sc_nope",
          starts_at: new Date().toISOString(),
          ends_at: new Date(Date.now() + 3600_000).toISOString(),
          starting_price: 10,
        },
        { headers: admin, ...no }
      )
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("sales_channel_id sc_nope does not exist")
      await api.post(`/admin/sales-channels/${channel}/products`, { add: [variant[0].product_id] }, { headers: admin })
      const { data: locations } = await api.get("/admin/stock-locations", { headers: admin })
      await api.post(`/admin/stock-locations/${locations.stock_locations[0].id}/sales-channels`, { add: [channel] }, { headers: admin })
      const { data: key } = await api.post("/admin/api-keys", { title: "Veilingwinkel", type: "publishable" }, { headers: admin })
      await api.post(`/admin/api-keys/${key.api_key.id}/sales-channels`, { add: [channel] }, { headers: admin })
      const channelHeaders = { ...B.headers, "x-publishable-api-key": key.api_key.token }

      const lot = await wonLot({ sales_channel_id: channel })
      expect((await adminLot(lot.id)).sales_channel_id).toBe(channel)
      const [win] = (await wins(channelHeaders)).data.wins
      const { data } = await api.get(`/store/carts/${win.cart_id}`, { headers: channelHeaders })
      expect(data.cart.sales_channel_id).toBe(channel)
      await shipAndStartPayment(win.cart_id, channelHeaders)
      const done = await api.post(`/store/carts/${win.cart_id}/complete`, {}, { headers: channelHeaders })
      expect(done.data.type).toBe("order")
      const { data: orders } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["sales_channel_id"], filters: { id: done.data.order.id } })
      expect(orders[0].sales_channel_id).toBe(channel)
      // A lot without a channel gets the store's default one.
      const plainLot = await createLot(api, admin, shop)
      expect((await adminLot(plainLot.id)).sales_channel_id).toBe(shop.salesChannelId)
    })
  },
})

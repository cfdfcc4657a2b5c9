import Medusa from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { softshop, SoftshopClient } from "../../../packages/medusa-js/src"
import { adminHeaders as newAdmin, bidders, createLot } from "../../helpers/auctions"
import { linkIn, publishConsentText, until } from "../../helpers/newsletter"
import { bootFakeMultiSafepay, FakeMultiSafepay } from "../../helpers/payment-multisafepay"
import { prepareCart, registerCustomer, seedShop, SeededShop } from "../../helpers/shop"
import { useSmtpFixture } from "../../helpers/smtp-fixture"

jest.setTimeout(240_000)

/**
 * The typed client against the real shop: every call validates the response against the
 * client's own zod schemas (`validateResponses`), so a route whose answer no longer matches
 * the client's types fails here with the field named.
 */
const smtp = useSmtpFixture()
let fake: FakeMultiSafepay
beforeAll(async () => {
  fake = await bootFakeMultiSafepay()
})
afterAll(async () => {
  await fake?.close()
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: Record<string, string>
    const client = (authorization?: string): { sdk: Medusa; s: SoftshopClient } => {
      const sdk = new Medusa({
        baseUrl: api.defaults.baseURL!,
        publishableKey: shop.publishableKey,
        globalHeaders: authorization ? { authorization } : {},
        auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
      })
      return { sdk, s: softshop(sdk, { validateResponses: true }) }
    }

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await newAdmin(api, getContainer())
    })

    it("auctions: list, retrieve, bids, buy-now and the live stream match the client's types", async () => {
      const [a, b] = await bidders(api, shop, 2)
      const lot = await createLot(api, admin, shop, { starting_price: 20 })
      const anon = client().s
      const A = client(a.headers.authorization).s
      const B = client(b.headers.authorization).s

      const list = await anon.auctions.list({ limit: 5 })
      expect(list.auctions.map((l) => l.id)).toContain(lot.id)
      expect((await anon.auctions.retrieve(lot.id)).auction.minimum_next_bid).toBe(20)

      const events: string[] = []
      const live = await anon.auctions.subscribe(lot.id, (e) => events.push(e.event))
      const placed = await A.auctions.placeBid(lot.id, { amount: 20, max_amount: 30 })
      expect(placed.bid).toEqual(expect.objectContaining({ is_leading: true, max_amount: 30, is_mine: true }))
      await B.auctions.placeBid(lot.id, { amount: 25 })
      const mine = await A.auctions.listBids(lot.id)
      expect(mine.bids.filter((x) => x.is_mine).length).toBeGreaterThan(0)
      expect((await anon.auctions.listBids(lot.id)).bids.every((x) => !x.is_mine)).toBe(true)
      await until(async () => events.length, (n) => n >= 2)
      live.abort()
      await live.done
      expect(events[0]).toBe("snapshot")
      expect(events).toContain("bid")

      // A rejected bid throws the route's message, naming the minimum.
      await expect(B.auctions.placeBid(lot.id, { amount: 21 })).rejects.toThrow(/minimum next bid/)

      const forSale = await createLot(api, admin, shop, { starting_price: 50, buy_now_price: 80 })
      const bought = await A.auctions.buyNow(forSale.id)
      expect(bought.cart_id).toMatch(/^cart_/)
      expect(bought.auction.status).toBe("ended")
      // The buyer finds the lot under their wins with the cart to pay; the other bidder does not.
      const { wins } = await A.auctions.listWins()
      expect(wins.find((w) => w.lot_id === forSale.id)).toEqual(
        expect.objectContaining({ status: "awaiting_payment", kind: "buy_now", cart_id: bought.cart_id, amount: 80 })
      )
      expect((await B.auctions.listWins()).wins.some((w) => w.lot_id === forSale.id)).toBe(false)
    })

    it("newsletter: consent text, subscribe, confirm and unsubscribe through the storefront pages' routes", async () => {
      await publishConsentText(api, admin, "nl")
      const anon = client().s
      const text = (await anon.newsletter.consentText("nl")).consent_text
      const res = await anon.newsletter.subscribe({ email: "lezer@example.nl", consent_text_id: text.id, source: "storefront" })
      expect(res.subscription_request.status).toBe("confirmation_sent")
      await until(async () => smtp.to("lezer@example.nl").length, (n) => n > 0)
      const mail = smtp.to("lezer@example.nl")[0]
      // The mail's link opens the storefront's confirm page (the newsletter plugin's pagesUrl option).
      expect(mail.text).toContain(`${process.env.STOREFRONT_URL ?? "http://localhost:8000"}/newsletter/confirm?token=`)
      const { token } = linkIn(mail, "/newsletter/confirm")
      expect(await anon.newsletter.confirm(token)).toEqual({ outcome: "confirmed", locale: "nl" })
      expect((await anon.newsletter.confirm(token)).outcome).toBe("already_confirmed")

      const newsletter = getContainer().resolve("newsletter") as any
      const [sub] = await newsletter.listSubscriptions({ email: "lezer@example.nl" })
      const unsubscribeToken = newsletter.unsubscribeToken(sub)
      expect(await anon.newsletter.unsubscribe(unsubscribeToken)).toEqual({ outcome: "unsubscribed", locale: "nl" })
      expect((await anon.newsletter.unsubscribe(unsubscribeToken)).outcome).toBe("already_unsubscribed")
      // A malformed token is a 400 naming the field, not an outcome.
      const bad = await api.post("/store/newsletter-subscriptions/confirm", { token: "x" }, { headers: shop.headers, validateStatus: () => true })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("token")
      const extra = await api.post(
        "/store/newsletter-subscriptions/unsubscribe",
        { token: unsubscribeToken, email: "x@example.nl" },
        { headers: shop.headers, validateStatus: () => true }
      )
      expect(extra.status).toBe(400)

      const customer = await registerCustomer(api, shop)
      const me = client(customer.headers.authorization).s
      expect((await me.newsletter.mine()).newsletter_subscription).toBeNull()
      const pending = await me.newsletter.updateMine({ subscribed: true, locale: "nl" })
      expect(pending.newsletter_subscription?.status).toBe("pending")
    })

    it("privacy: cookie text, consent, export, export link and erasure request / cancel", async () => {
      await api.post(
        "/admin/privacy/policy-texts",
        { kind: "cookies", version: "contract-1", locale: "nl", body: "Wij gebruiken noodzakelijke cookies; analyse alleen met toestemming." },
        { headers: admin }
      )
      const anon = client().s
      const text = (await anon.privacy.policyText({ kind: "cookies", locale: "nl" })).policy_text
      expect(text.version).toBe("contract-1")
      // The shop issues a signed visitor id on the first call; an id it did not sign is refused.
      const first = (await anon.privacy.consent()).consent
      expect(first.categories.analytics.granted).toBe(false)
      const visitor = first.visitor_id
      await expect(anon.privacy.consent("made-up-visitor-id")).rejects.toThrow(/visitor_id/)
      const chosen = await anon.privacy.recordConsent({ visitor_id: visitor, policy_text_id: text.id, choices: { analytics: true, marketing: false } })
      expect(chosen.consent.categories.analytics).toEqual(expect.objectContaining({ granted: true, policy_text_version: "contract-1" }))
      const withdrawn = await anon.privacy.withdrawConsent({ visitor_id: visitor })
      expect(withdrawn.consent.categories.analytics.granted).toBe(false)

      const customer = await registerCustomer(api, shop)
      const me = client(customer.headers.authorization).s
      const data = await me.privacy.export()
      expect(data.export.subject.email).toBe(customer.email)
      expect((await me.privacy.exportLink()).export_link.url).toContain("/privacy/export-download?token=")
      await expect(me.privacy.requestErasure({ password: "wrong-password" })).rejects.toThrow(/password/)
      const requested = await me.privacy.requestErasure({ password: customer.password })
      expect(requested.data_subject_request.status).toBe("cooling_off")
      expect((await me.privacy.listRequests()).data_subject_requests[0].id).toBe(requested.data_subject_request.id)
      const cancelled = await me.privacy.cancelErasure(requested.data_subject_request.id)
      expect(cancelled.data_subject_request.status).toBe("cancelled")
      // Another customer's request id is a 404.
      const other = await registerCustomer(api, shop)
      await expect(client(other.headers.authorization).s.privacy.cancelErasure(requested.data_subject_request.id)).rejects.toThrow(/not found/)
    })

    it("MultiSafepay: payment methods and starting a payment on the hosted page", async () => {
      fake.setNotificationUrl(`${api.defaults.baseURL}/hooks/payment/multisafepay_multisafepay`)
      const customer = await registerCustomer(api, shop)
      const cartId = await prepareCart(api, shop, customer.headers)
      const me = client(customer.headers.authorization).s
      const methods = await me.multisafepay.paymentMethods(cartId)
      expect(methods.payment_methods.map((m) => m.id)).toContain("IDEAL")
      const started = await me.multisafepay.startPayment(cartId, { gateway: "IDEAL" })
      expect(started.payment_url).toMatch(/^http/)
      expect(started.order_id).toBeTruthy()
    })
  },
})

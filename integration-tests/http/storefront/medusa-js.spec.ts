import Medusa from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { softshop, SoftshopClient } from "../../../packages/medusa-js/src"
import { adminHeaders as newAdmin, bidders, createLot } from "../../helpers/auctions"
import { publishedContest, setContestClock } from "../../helpers/contests"
import { intakeBody } from "../../helpers/repairs"
import { gpsTaggedJpeg, seededProducts } from "../../helpers/reviews"
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
      await until(
        async () => events.length,
        (n) => n >= 2
      )
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
      await until(
        async () => smtp.to("lezer@example.nl").length,
        (n) => n > 0
      )
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

    it("reviews: submit with a pseudonym, moderation, list, summary, vote, identity, edit, photos, policy texts and delete", async () => {
      const [product] = (await seededProducts(getContainer())).filter((p) => p.handle)
      const author = await registerCustomer(api, shop, { first_name: "Wendela", last_name: "Achternaam" })
      const voter = await registerCustomer(api, shop)
      const anon = client().s
      const me = client(author.headers.authorization).s
      const other = client(voter.headers.authorization).s

      expect((await anon.reviews.policy({ locale: "nl" })).policy.reasons.length).toBeGreaterThan(0)
      expect((await anon.reviews.checkText({ locale: "en" })).check_text.locale).toBe("en")
      // A pseudonym without a name is refused naming the field; an unauthenticated submit is a 401.
      await expect(me.reviews.submit({ product_id: product.id, rating: 4, identity: "pseudonym" })).rejects.toThrow(/pseudonym/)
      await expect(anon.reviews.submit({ product_id: product.id, rating: 4 })).rejects.toThrow()

      const { review } = await me.reviews.submit({
        product_id: product.id,
        rating: 4,
        title: "Stil en snel",
        body: "Doet wat het moet doen, na een week nog steeds tevreden.",
        experienced_at: new Date().toISOString().slice(0, 10),
        identity: "pseudonym",
        pseudonym: "Stille Uil",
      })
      expect(review).toEqual(expect.objectContaining({ status: "pending", identity: "pseudonym", pseudonym: "Stille Uil", decision: null }))
      const withPhoto = await me.reviews.addPhoto(review.id, { content_base64: (await gpsTaggedJpeg()).toString("base64") })
      expect(withPhoto.review.photos.map((p) => p.id)).toContain(withPhoto.photo_id)
      expect((await me.reviews.removePhoto(review.id, withPhoto.photo_id)).deleted).toBe(true)

      await api.post(`/admin/reviews/${review.id}/moderate`, { action: "approve" }, { headers: admin })
      const list = await anon.reviews.list({ product_id: product.id, sort: "most_helpful", limit: 5 })
      const shown = list.reviews.find((r) => r.id === review.id)!
      expect(shown.author).toEqual({ display: "pseudonym", name: "Stille Uil" })
      expect(JSON.stringify(list)).not.toContain("Achternaam")
      expect((await anon.reviews.summary(product.id)).summary.count).toBeGreaterThan(0)
      expect((await other.reviews.vote(review.id)).vote.helpful).toBe(true)
      await expect(me.reviews.vote(review.id)).rejects.toThrow()

      const renamed = await me.reviews.setIdentity(review.id, { identity: "first_name_initial" })
      expect(renamed.review.author.name).toBe("Wendela A.")
      const edited = await me.reviews.edit(review.id, { rating: 5 })
      expect(edited.review.status).toBe("pending")
      await api.post(`/admin/reviews/${review.id}/moderate`, { action: "reject", reason_code: "personal_data" }, { headers: admin })
      const mine = await me.reviews.mine()
      const refused = mine.reviews.find((r) => r.id === review.id)!
      expect(refused.status).toBe("rejected")
      expect(refused.decision?.reason).toBeTruthy()
      expect((await me.reviews.delete(review.id)).deleted).toBe(true)
      await expect(anon.reviews.list({ product_id: "prod_does_not_exist" })).rejects.toThrow()
    })

    it("repairs: texts, own repairs, estimate, consent and withdrawal, visibility, requests and the tracking link", async () => {
      const customer = await registerCustomer(api, shop)
      const stranger = await registerCustomer(api, shop)
      const created = await api.post("/admin/repairs", intakeBody({ customer_id: customer.customer.id }), { headers: admin })
      const id = created.data.repair.id as string
      const move = (to: string, body: Record<string, unknown> = {}) => api.post(`/admin/repairs/${id}/transitions`, { to, ...body }, { headers: admin })
      const anon = client().s
      const me = client(customer.headers.authorization).s

      const texts = await anon.repairs.texts({ locale: "nl" })
      const version = (kind: string) => texts.texts.find((t) => t.kind === kind)!.version
      expect(texts.scopes.map((s) => s.scope)).toContain("copy_user_data")
      expect((await me.repairs.list()).repairs.map((r) => r.id)).toEqual([id])
      await expect(client(stranger.headers.authorization).s.repairs.retrieve(id)).rejects.toThrow(/not found/i)

      const consented = await me.repairs.giveConsent(id, { scopes: ["boot_test", "copy_user_data"], text_version: version("file_access") })
      expect(
        consented.repair.consents
          .filter((c) => !c.withdrawn_at)
          .map((c) => c.scope)
          .sort()
      ).toEqual(["boot_test", "copy_user_data"])
      await me.repairs.acknowledgeVisibility(id, { text_version: version("visibility") })
      const withdrawn = await me.repairs.withdrawConsent(id, { scopes: ["copy_user_data"] })
      expect(withdrawn.repair.consents.find((c) => c.scope === "copy_user_data")?.withdrawn_at).toBeTruthy()
      await move("diagnosing")
      await move("awaiting_approval", { estimate: { amount: 59.5, note: "Herinstallatie" } })
      const approved = await me.repairs.decideEstimate(id, { decision: "approved" })
      expect(approved.repair.estimate).toEqual({ amount: 59.5, note: "Herinstallatie", status: "approved" })
      expect(approved.repair.history.map((h) => h.to_status)).toEqual(expect.arrayContaining(["diagnosing", "awaiting_approval"]))
      const wish = await me.repairs.request(id, { kind: "data_wish", text: "Graag de map Foto's als eerste terugzetten." })
      expect(wish.request.kind).toBe("data_wish")
      expect((await me.repairs.retrieve(id)).repair.requests[0].text).toContain("Foto's")
      await expect(me.repairs.request(id, { kind: "keep_longer", keep_until: "not-a-date" })).rejects.toThrow(/keep_until/)

      await until(
        async () => smtp.to(customer.email).length,
        (n) => n > 0
      )
      const link = smtp
        .to(customer.email)
        .map((m) => m.text.match(/https?:\/\/\S+\/repairs\/track\?token=\S+/)?.[0])
        .find(Boolean)!
      // The mail's link opens the storefront's tracking page, which calls the Store API with the token.
      expect(link.startsWith(process.env.STOREFRONT_URL ?? "http://localhost:8000")).toBe(true)
      const token = new URL(link).searchParams.get("token")!
      const tracked = await anon.repairs.track(token)
      expect(tracked.repair.status).toBe(approved.repair.status)
      expect(JSON.stringify(tracked)).not.toContain(customer.email)
      await expect(anon.repairs.track(`${token}x`)).rejects.toThrow(/invalid/)
    })

    it("contests: list, contest with terms, entering, own entries and the winners list with its verification data", async () => {
      const contest = await publishedContest(api, admin, shop.headers, { skill_question: "Hoeveel inch is de monitor?", skill_correct_answer: "27" })
      const entrant = await registerCustomer(api, shop, { first_name: "Fenna" })
      const anon = client().s
      const me = client(entrant.headers.authorization).s
      expect((await anon.contests.list()).contests.map((c) => c.id)).toContain(contest.id)
      const { contest: shown } = await anon.contests.retrieve(contest.id)
      expect(shown.terms?.version).toBe(shown.terms_version)
      expect(shown.seed_commitment).toMatch(/^[0-9a-f]{64}$/)
      expect(JSON.stringify(shown)).not.toContain("skill_correct_answer")

      const entered = await me.contests.enter(contest.id, {
        terms_version: shown.terms_version,
        accept_terms: true,
        age_confirmation: "adult",
        skill_answer: "27",
        publicity: "first_name",
      })
      expect(entered.entry.public_first_name).toBe("Fenna")
      expect(entered.newsletter_opt_in).toEqual({ requested: false, next: null })
      await expect(
        me.contests.enter(contest.id, { terms_version: shown.terms_version, accept_terms: true, age_confirmation: "adult", skill_answer: "27" })
      ).rejects.toThrow()
      expect((await me.contests.myEntry(contest.id)).entry.id).toBe(entered.entry.id)
      expect((await me.contests.myEntries()).entries.map((e) => e.id)).toContain(entered.entry.id)
      expect((await me.contests.entry(entered.entry.id)).entry.contest_id).toBe(contest.id)
      await expect(client((await registerCustomer(api, shop)).headers.authorization).s.contests.entry(entered.entry.id)).rejects.toThrow(/not found/)

      setContestClock(getContainer(), 3601_000)
      try {
        await api.post(`/admin/contests/${contest.id}/draw`, {}, { headers: admin })
        const { winners, verification } = await anon.contests.winners(contest.id)
        expect(winners[0]).toEqual(expect.objectContaining({ entry_id: entered.entry.id, shown: { first_name: "Fenna" } }))
        expect(verification.drawings[0]).toEqual(
          expect.objectContaining({ seed_commitment: shown.seed_commitment, seed: expect.any(String), snapshot_hash: expect.any(String) })
        )
        // The winner's mail links to the storefront's claim page, which calls the claim routes from its origin.
        await until(
          async () => smtp.to(entrant.email).length,
          (n) => n > 0
        )
        const link = smtp
          .to(entrant.email)
          .map((m) => m.text.match(/https?:\/\/\S+\/contests\/claim\?token=\S+/)?.[0])
          .find(Boolean)!
        const storefront = process.env.STOREFRONT_URL ?? "http://localhost:8000"
        expect(link.startsWith(`${storefront}/contests/claim?token=`)).toBe(true)
        const token = new URL(link).searchParams.get("token")!
        const preflight = await api.request({
          method: "OPTIONS",
          url: "/contests/claim",
          headers: {
            origin: storefront,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type,x-publishable-api-key,authorization",
          },
          validateStatus: () => true,
        })
        expect(preflight.status).toBe(204)
        expect(preflight.headers["access-control-allow-origin"]).toBe(storefront)
        expect(preflight.headers["access-control-allow-headers"]).toContain("x-publishable-api-key")
        expect(preflight.headers["access-control-allow-headers"]).toContain("authorization")
        const foreign = await api.get(`/contests/claim?token=${encodeURIComponent(token)}`, { headers: { origin: "https://evil.example" } })
        expect(foreign.headers["access-control-allow-origin"]).toBeUndefined()
        const view = await anon.contests.claimView(token)
        expect(view.claim).toEqual(expect.objectContaining({ prize: "27-inch monitor", claim_status: "pending", claimed_at: null }))
        expect((await anon.contests.claim({ token })).claim.claim_status).toBe("claimed")
        await expect(anon.contests.claim({ token })).rejects.toThrow()
      } finally {
        setContestClock(getContainer(), 0)
      }
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

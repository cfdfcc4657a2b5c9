import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { useSmtpFixture } from "../../helpers/smtp-fixture"
import { registerCustomer, seedShop, SeededShop } from "../../helpers/shop"
import { adminHeaders, form, linkIn, publishConsentText, subscribe, until } from "../../helpers/newsletter"

jest.setTimeout(180_000)

const { createStep, createWorkflow, WorkflowResponse } = require("@medusajs/framework/workflows-sdk") as typeof import("@medusajs/framework/workflows-sdk")
const { requestSubscriptionWorkflow } = require("@softshop/medusa-newsletter/workflows") as typeof import("../../../plugins/newsletter/src/workflows")
const { recordSubscriptionRequestStep } =
  require("@softshop/medusa-newsletter/workflows/subscriptions/steps/record-subscription-request") as typeof import("../../../plugins/newsletter/src/workflows/subscriptions/steps/record-subscription-request")
const { deleteUnconfirmedSubscriptionsStep } =
  require("@softshop/medusa-newsletter/workflows/subscriptions/steps/delete-unconfirmed-subscriptions") as typeof import("../../../plugins/newsletter/src/workflows/subscriptions/steps/delete-unconfirmed-subscriptions")
const { purgeUnconfirmedSubscriptionsWorkflow } = require("@softshop/medusa-newsletter/workflows") as typeof import("../../../plugins/newsletter/src/workflows")
const { confirmSubscriptionStep } =
  require("@softshop/medusa-newsletter/workflows/subscriptions/steps/confirm-subscription") as typeof import("../../../plugins/newsletter/src/workflows/subscriptions/steps/confirm-subscription")

/** A later step that fails, so the newsletter steps before it must compensate. */
const failLaterStep = createStep("test-newsletter-fail-later", async () => {
  throw new Error("a later step failed")
})
const subscribeThenFail = createWorkflow("test-newsletter-subscribe-then-fail", (input: { email: string }) => {
  requestSubscriptionWorkflow.runAsStep({ input })
  failLaterStep()
  return new WorkflowResponse(undefined)
})
const recordRequestThenFail = createWorkflow("test-newsletter-record-request-then-fail", (input: { email: string }) => {
  recordSubscriptionRequestStep(input)
  failLaterStep()
  return new WorkflowResponse(undefined)
})
const purgeThenFail = createWorkflow("test-newsletter-purge-then-fail", (input: { limit: number }) => {
  deleteUnconfirmedSubscriptionsStep(input)
  failLaterStep()
  return new WorkflowResponse(undefined)
})
const confirmThenFail = createWorkflow("test-newsletter-confirm-then-fail", (input: { token: string }) => {
  confirmSubscriptionStep(input)
  failLaterStep()
  return new WorkflowResponse(undefined)
})

const smtp = useSmtpFixture()
const HOUR = 3600_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: Record<string, string>
    let text: { id: string; hash: string }
    const newsletter = () => getContainer().resolve("newsletter") as any
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any

    beforeEach(async () => {
      smtp.clear()
      newsletter().setClockOffset(0)
      shop = await seedShop(getContainer())
      admin = await adminHeaders(api)
      text = await publishConsentText(api, admin, "nl")
      await publishConsentText(api, admin, "en")
    })

    async function subscribeAndMail(email: string, body: Record<string, unknown> = {}) {
      const res = await subscribe(api, shop, { email, source: "footer", ...body })
      expect(res.status).toBe(202)
      const address = email.trim().toLowerCase()
      await until(
        async () => smtp.to(address).length,
        (n) => n > 0
      )
      const mails = smtp.to(address)
      return mails[mails.length - 1]
    }

    async function subscriptionOf(email: string) {
      const [sub] = await newsletter().listSubscriptions({ email: email.trim().toLowerCase() })
      return sub
    }

    it("should mail a Dutch double opt-in link, show a button on GET and subscribe on POST, with the ledger as proof", async () => {
      const mail = await subscribeAndMail("  Piet@Example.NL ")
      expect(mail.subject).toBe("Bevestig uw aanmelding voor de nieuwsbrief van Softshop")
      expect(mail.text).toContain("Ja, stuur mij de Softshop-nieuwsbrief")
      expect(mail.text).toContain("verloopt over 48 uur")
      const { path, token } = linkIn(mail, "/newsletter/confirm")
      expect((await subscriptionOf("piet@example.nl")).status).toBe("pending")

      const page = await api.get(path, { validateStatus: () => true })
      expect(page.status).toBe(200)
      expect(page.data).toContain('method="post"')
      expect((await subscriptionOf("piet@example.nl")).status).toBe("pending")

      const done = await api.post("/newsletter/confirm", `token=${token}`, form)
      expect(done.status).toBe(200)
      expect(done.data).toContain('data-outcome="confirmed"')
      const sub = await subscriptionOf("piet@example.nl")
      expect(sub).toEqual(expect.objectContaining({ status: "subscribed", legal_basis: "consent", locale: "nl", source: "footer" }))
      expect(sub.confirmed_at).toBeTruthy()

      const { data } = await api.get(`/admin/newsletter-subscriptions/${sub.id}`, { headers: admin })
      const events = data.newsletter_subscription.consent_events
      expect(events.map((e: any) => e.action)).toEqual(["requested", "confirmed"])
      for (const e of events) {
        expect(e).toEqual(
          expect.objectContaining({
            consent_text_id: text.id,
            consent_text_hash: text.hash,
            user_agent: expect.any(String),
            ip: expect.any(String),
          })
        )
      }
      expect(events[0].user_agent).toBe("jest-newsletter/1.0")
      expect(events[0].source).toBe("footer")
      expect(events[1].source).toBe("confirm-link")
      // The token is stored only as a keyed hash.
      const rows = await knex()("newsletter_token").where({ subscription_id: sub.id })
      expect(rows).toHaveLength(1)
      expect(rows[0].token_hash).not.toContain(token)
      expect(rows[0].used_at).toBeTruthy()
      // ... and Medusa's notification record of the mail does not keep it either.
      const notes = await knex()("notification").where({ template: "newsletter.confirm", resource_id: sub.id })
      expect(notes).toHaveLength(1)
      expect(notes[0].data.confirm_url).toBeNull()
      expect(JSON.stringify(notes[0])).not.toContain(token)
    })

    it("should answer a second confirmation of the same link with already confirmed", async () => {
      const { token } = linkIn(await subscribeAndMail("twee@example.nl"), "/newsletter/confirm")
      expect((await api.post("/newsletter/confirm", `token=${token}`, form)).status).toBe(200)
      const again = await api.post("/newsletter/confirm", `token=${token}`, form)
      expect(again.status).toBe(200)
      expect(again.data).toContain('data-outcome="already_confirmed"')
      expect(again.data).toContain("al bevestigd")
      const events = await newsletter().listConsentEvents({
        subscription_id: (await subscriptionOf("twee@example.nl")).id,
      })
      expect(events.filter((e: any) => e.action === "confirmed")).toHaveLength(1)
    })

    it("should refuse an expired token, and a token replaced by a newer request", async () => {
      const first = linkIn(await subscribeAndMail("laat@example.nl"), "/newsletter/confirm")
      newsletter().setClockOffset(48 * HOUR + 60_000)
      const expired = await api.post("/newsletter/confirm", `token=${first.token}`, form)
      expect(expired.status).toBe(410)
      expect(expired.data).toContain('data-outcome="expired"')
      expect((await subscriptionOf("laat@example.nl")).status).toBe("pending")

      smtp.clear()
      const second = linkIn(await subscribeAndMail("laat@example.nl"), "/newsletter/confirm")
      expect(second.token).not.toBe(first.token)
      const revoked = await api.post("/newsletter/confirm", `token=${first.token}`, form)
      expect(revoked.status).toBe(410)
      expect(revoked.data).toContain('data-outcome="revoked"')
      expect((await api.post("/newsletter/confirm", `token=${second.token}`, form)).status).toBe(200)
      expect((await subscriptionOf("laat@example.nl")).status).toBe("subscribed")
    })

    it("should refuse a used token after unsubscribing, and an unknown token", async () => {
      const mail = await subscribeAndMail("weg@example.nl")
      const { token } = linkIn(mail, "/newsletter/confirm")
      await api.post("/newsletter/confirm", `token=${token}`, form)
      await newsletter().unsubscribe((await subscriptionOf("weg@example.nl")).id, { source: "test" })
      const used = await api.post("/newsletter/confirm", `token=${token}`, form)
      expect(used.status).toBe(409)
      expect(used.data).toContain('data-outcome="used"')
      expect((await subscriptionOf("weg@example.nl")).status).toBe("unsubscribed")
      const unknown = await api.post("/newsletter/confirm", `token=${"x".repeat(43)}`, form)
      expect(unknown.status).toBe(404)
    })

    it("should send the English mail and page for an English subscription", async () => {
      const mail = await subscribeAndMail("john@example.com", { locale: "en" })
      expect(mail.subject).toBe("Confirm your subscription to the Softshop newsletter")
      expect(mail.text).toContain("Yes, send me the Softshop newsletter")
      const { token } = linkIn(mail, "/newsletter/confirm")
      const done = await api.post("/newsletter/confirm", `token=${token}`, form)
      expect(done.data).toContain("Your subscription is confirmed")
    })

    it("should unsubscribe on a one-click POST with the exact RFC 8058 body, but not on GET", async () => {
      const { token } = linkIn(await subscribeAndMail("klik@example.nl"), "/newsletter/confirm")
      await api.post("/newsletter/confirm", `token=${token}`, form)
      const sub = await subscriptionOf("klik@example.nl")
      const path = new URL(newsletter().unsubscribeUrl(sub)).pathname + new URL(newsletter().unsubscribeUrl(sub)).search

      const page = await api.get(path, { validateStatus: () => true })
      expect(page.status).toBe(200)
      expect(page.data).toContain('name="List-Unsubscribe" value="One-Click"')
      expect((await subscriptionOf("klik@example.nl")).status).toBe("subscribed")

      const noBody = await api.post(path, "", form)
      expect(noBody.status).toBe(400)
      expect((await subscriptionOf("klik@example.nl")).status).toBe("subscribed")

      const forged = await api.post(path.replace(/token=[^.]+\.(.)/, "token=$&x"), "List-Unsubscribe=One-Click", form)
      expect(forged.status).toBe(404)

      // No cookie, no key, no login: the body and the signed token are all there is.
      const res = await api.post(path, "List-Unsubscribe=One-Click", form)
      expect(res.status).toBe(200)
      expect(res.data).toContain('data-outcome="unsubscribed"')
      const after = await subscriptionOf("klik@example.nl")
      expect(after.status).toBe("unsubscribed")
      const events = await newsletter().listConsentEvents({ subscription_id: sub.id }, { order: { occurred_at: "ASC" } })
      expect(events.map((e: any) => e.action)).toEqual(["requested", "confirmed", "unsubscribed"])
      expect(events[2].source).toBe("one-click")

      const twice = await api.post(path, "List-Unsubscribe=One-Click", form)
      expect(twice.status).toBe(200)
      expect(twice.data).toContain('data-outcome="already_unsubscribed"')
    })

    it("should ask for a new confirmation after unsubscribing, recorded as resubscribed", async () => {
      const { token } = linkIn(await subscribeAndMail("terug@example.nl"), "/newsletter/confirm")
      await api.post("/newsletter/confirm", `token=${token}`, form)
      const sub = await subscriptionOf("terug@example.nl")
      await newsletter().unsubscribe(sub.id, { source: "test" })
      smtp.clear()
      const again = linkIn(await subscribeAndMail("terug@example.nl"), "/newsletter/confirm")
      expect((await subscriptionOf("terug@example.nl")).status).toBe("pending")
      await api.post("/newsletter/confirm", `token=${again.token}`, form)
      const events = await newsletter().listConsentEvents({ subscription_id: sub.id }, { order: { occurred_at: "ASC" } })
      expect(events.map((e: any) => e.action)).toEqual(["requested", "confirmed", "unsubscribed", "resubscribed", "confirmed"])
    })

    it("should not reveal whether an address is already subscribed, and send it no second mail", async () => {
      const { token } = linkIn(await subscribeAndMail("stil@example.nl"), "/newsletter/confirm")
      await api.post("/newsletter/confirm", `token=${token}`, form)
      smtp.clear()
      const res = await subscribe(api, shop, { email: "stil@example.nl" })
      expect(res.status).toBe(202)
      expect(res.data).toEqual({ subscription_request: { email: "stil@example.nl", status: "confirmation_sent" } })
      await new Promise((r) => setTimeout(r, 500))
      expect(smtp.messages).toHaveLength(0)
    })

    it("should answer 429 with Retry-After per address and per IP", async () => {
      for (let i = 0; i < 3; i++) expect((await subscribe(api, shop, { email: "bom@example.nl" })).status).toBe(202)
      const limited = await subscribe(api, shop, { email: "BOM@example.nl" })
      expect(limited.status).toBe(429)
      const retryAfter = Number(limited.headers["retry-after"])
      expect(retryAfter).toBeGreaterThan(3500)
      expect(retryAfter).toBeLessThanOrEqual(3600)
      await until(
        async () => smtp.to("bom@example.nl").length,
        (n) => n >= 3
      )
      expect(smtp.to("bom@example.nl")).toHaveLength(3)

      // Seven more addresses fill the IP's ten requests an hour (the refused one did not count).
      for (let i = 0; i < 7; i++) expect((await subscribe(api, shop, { email: `ip${i}@example.nl` })).status).toBe(202)
      const perIp = await subscribe(api, shop, { email: "nieuw@example.nl" })
      expect(perIp.status).toBe(429)
      expect(Number(perIp.headers["retry-after"])).toBeGreaterThan(0)

      newsletter().setClockOffset(HOUR + 1000)
      expect((await subscribe(api, shop, { email: "bom@example.nl" })).status).toBe(202)
    })

    it("should hold the per-IP limit when one IP sends many subscribe requests at once (different addresses)", async () => {
      // The per-address limit is serialised by the address's lock; the per-IP count must be too, or parallel requests
      // each see a free window and all pass (on one server or many: the count lives in PostgreSQL).
      const answers = await Promise.all(Array.from({ length: 16 }, (_, i) => subscribe(api, shop, { email: `tegelijk${i}@example.nl` })))
      const statuses = answers.map((r) => r.status)
      expect(statuses.filter((s) => s === 202)).toHaveLength(10)
      expect(statuses.filter((s) => s === 429)).toHaveLength(6)
    })

    it("should reject bad input with a 400 naming the field, and refuse an unknown consent text", async () => {
      const bad = await subscribe(api, shop, { email: "geen-adres" })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("email")
      const extra = await subscribe(api, shop, { email: "a@example.nl", admin: true })
      expect(extra.status).toBe(400)
      const unknownText = await subscribe(api, shop, { email: "a@example.nl", consent_text_id: "nltxt_nope" })
      expect(unknownText.status).toBe(400)
      expect(unknownText.data.message).toContain("consent_text_id")
      const noKey = await api.post("/store/newsletter-subscriptions", { email: "a@example.nl" }, { validateStatus: () => true })
      expect(noKey.status).toBe(400)
    })

    it("should let a customer see and change the subscription from the account", async () => {
      const customer = await registerCustomer(api, shop)
      const me = "/store/newsletter-subscriptions/me"
      expect((await api.get(me, { headers: customer.headers })).data.newsletter_subscription).toBeNull()
      expect((await api.get(me, { headers: shop.headers, validateStatus: () => true })).status).toBe(401)

      const on = await api.post(me, { subscribed: true }, { headers: customer.headers })
      expect(on.data.newsletter_subscription.status).toBe("pending")
      await until(
        async () => smtp.to(customer.email).length,
        (n) => n > 0
      )
      const { token } = linkIn(smtp.to(customer.email)[0], "/newsletter/confirm")
      await api.post("/newsletter/confirm", `token=${token}`, form)
      const sub = await subscriptionOf(customer.email)
      expect(sub.customer_id).toBe(customer.customer.id)
      expect((await api.get(me, { headers: customer.headers })).data.newsletter_subscription.status).toBe("subscribed")

      const off = await api.post(me, { subscribed: false }, { headers: customer.headers })
      expect(off.data.newsletter_subscription.status).toBe("unsubscribed")
      const events = await newsletter().listConsentEvents({ subscription_id: sub.id }, { order: { occurred_at: "ASC" } })
      expect(events.map((e: any) => [e.action, e.source])).toEqual([
        ["requested", "account"],
        ["confirmed", "confirm-link"],
        ["unsubscribed", "account"],
      ])
    })

    it("should end the opt-in of the old address when a customer changes e-mail, and ask the new one to confirm", async () => {
      const customer = await registerCustomer(api, shop)
      await api.post("/store/newsletter-subscriptions/me", { subscribed: true }, { headers: customer.headers })
      await until(
        async () => smtp.to(customer.email).length,
        (n) => n > 0
      )
      await api.post("/newsletter/confirm", `token=${linkIn(smtp.to(customer.email)[0], "/newsletter/confirm").token}`, form)
      const old = await subscriptionOf(customer.email)
      const oldUnsubscribe = new URL(newsletter().unsubscribeUrl(old))

      const newEmail = `nieuw-${Date.now()}@example.nl`
      await api.post(`/admin/customers/${customer.customer.id}`, { email: newEmail }, { headers: admin })
      await until(
        async () => smtp.to(newEmail).length,
        (n) => n > 0
      )

      const ended = await newsletter().listSubscriptions({ id: old.id })
      expect(ended[0].status).toBe("unsubscribed")
      const fresh = await subscriptionOf(newEmail)
      expect(fresh).toEqual(expect.objectContaining({ status: "pending", customer_id: customer.customer.id }))
      const history = await newsletter().listConsentEvents({ subscription_id: old.id }, { order: { occurred_at: "ASC" } })
      expect(history.map((e: any) => e.action)).toEqual(["requested", "confirmed", "unsubscribed"])
      expect(history[2].source).toBe("customer.email_changed")
      // Links of the old address stop working.
      const stale = await api.post(oldUnsubscribe.pathname + oldUnsubscribe.search, "List-Unsubscribe=One-Click", form)
      expect(stale.status).toBe(404)

      const { token } = linkIn(smtp.to(newEmail)[0], "/newsletter/confirm")
      await api.post("/newsletter/confirm", `token=${token}`, form)
      expect((await subscriptionOf(newEmail)).status).toBe("subscribed")
    })

    it("should purge unconfirmed subscriptions after 30 days and keep confirmed ones", async () => {
      await subscribeAndMail("nooit@example.nl")
      const { token } = linkIn(await subscribeAndMail("wel@example.nl"), "/newsletter/confirm")
      await api.post("/newsletter/confirm", `token=${token}`, form)
      newsletter().setClockOffset(29 * 24 * HOUR)
      expect((await newsletter().purgeUnconfirmed()).count).toBe(0)
      newsletter().setClockOffset(31 * 24 * HOUR)
      expect((await newsletter().purgeUnconfirmed()).count).toBe(1)
      expect(await subscriptionOf("nooit@example.nl")).toBeUndefined()
      expect(await knex()("newsletter_consent_event").where({ email_hash: newsletter().hashEmail("nooit@example.nl") })).toHaveLength(0)
      expect((await subscriptionOf("wel@example.nl")).status).toBe("subscribed")
    })

    it("should export a subscriber and erase it down to the salted hash, idempotently", async () => {
      const email = "wis@example.nl"
      const { token } = linkIn(await subscribeAndMail(email), "/newsletter/confirm")
      await api.post("/newsletter/confirm", `token=${token}`, form)
      const sub = await subscriptionOf(email)
      const service = newsletter()
      expect(service.getPersonalDataDescriptor().module).toBe("newsletter")

      const exported = await service.exportSubjectData({ email: "WIS@example.nl" })
      expect(exported.entities.newsletter_subscription).toEqual([expect.objectContaining({ id: sub.id, email, status: "subscribed" })])
      expect(exported.entities.newsletter_consent_event).toHaveLength(2)
      expect(exported.entities.newsletter_consent_event[0].user_agent).toBe("jest-newsletter/1.0")
      expect(exported.entities.newsletter_token).toHaveLength(1)
      expect(JSON.parse(JSON.stringify(exported))).toEqual(exported)

      // Batch form (privacy retention), with a subject that has nothing here next to the real one.
      const erased = await service.eraseSubjectsData([{ customer_id: "cus_unknown" }, { email }])
      expect(erased).toEqual({
        module: "newsletter",
        erased: { newsletter_token: 1 },
        anonymized: { newsletter_subscription: 1, newsletter_consent_event: 2, newsletter_campaign_delivery: 0 },
      })
      const [row] = await knex()("newsletter_subscription").where({ id: sub.id })
      expect(row).toEqual(expect.objectContaining({ email: null, customer_id: null, source: null, status: "erased" }))
      expect(row.email_hash).toBe(service.hashEmail(email))
      expect(row.email_hash).not.toContain("wis")
      const events = await knex()("newsletter_consent_event").where({ subscription_id: sub.id }).orderBy("occurred_at")
      expect(events.map((e: any) => e.action)).toEqual(["requested", "confirmed", "erased"])
      for (const e of events) {
        expect(e.ip).toBeNull()
        expect(e.user_agent).toBeNull()
        expect(e.email_hash).toBe(row.email_hash)
      }
      expect(events[1].consent_text_hash).toBe(text.hash)
      expect(await knex()("newsletter_token").where({ subscription_id: sub.id })).toHaveLength(0)
      expect(await knex()("newsletter_suppression").where({ email_hash: row.email_hash })).toHaveLength(1)
      const everything = JSON.stringify(await knex()("newsletter_subscription").select("*")) + JSON.stringify(events)
      expect(everything).not.toContain(email)

      expect(await service.eraseSubjectData({ email })).toEqual({
        module: "newsletter",
        erased: { newsletter_token: 0 },
        anonymized: { newsletter_subscription: 0, newsletter_consent_event: 0, newsletter_campaign_delivery: 0 },
      })
      expect((await service.exportSubjectData({ email })).entities.newsletter_subscription).toEqual([])
      // The admin still finds the tombstone by the exact address (through its hash).
      const { data } = await api.get(`/admin/newsletter-subscriptions?q=${email}`, { headers: admin })
      expect(data.newsletter_subscriptions.map((s: any) => [s.id, s.status, s.email])).toEqual([[sub.id, "erased", null]])
    })

    it("should list, filter, suppress and export subscribers as CSV in the admin", async () => {
      const { token } = linkIn(await subscribeAndMail("lijst@example.nl"), "/newsletter/confirm")
      await api.post("/newsletter/confirm", `token=${token}`, form)
      await subscribeAndMail("wacht@example.nl")
      const list = await api.get("/admin/newsletter-subscriptions?status=subscribed", { headers: admin })
      expect(list.data.newsletter_subscriptions.map((s: any) => s.email)).toEqual(["lijst@example.nl"])
      expect(list.data.count).toBe(1)
      const search = await api.get("/admin/newsletter-subscriptions?q=wacht", { headers: admin })
      expect(search.data.newsletter_subscriptions.map((s: any) => s.status)).toEqual(["pending"])
      const badFilter = await api.get("/admin/newsletter-subscriptions?status=sold", {
        headers: admin,
        validateStatus: () => true,
      })
      expect(badFilter.status).toBe(400)
      expect(badFilter.data.message).toContain("status")

      const id = list.data.newsletter_subscriptions[0].id
      const suppressed = await api.post(`/admin/newsletter-subscriptions/${id}`, { status: "suppressed", note: "bounce" }, { headers: admin })
      expect(suppressed.data.newsletter_subscription.status).toBe("suppressed")
      const detail = await api.get(`/admin/newsletter-subscriptions/${id}`, { headers: admin })
      expect(detail.data.newsletter_subscription.consent_events.map((e: any) => e.action)).toEqual(["requested", "confirmed", "admin_change"])

      const csv = await api.get("/admin/newsletter-subscriptions/export", { headers: admin })
      expect(csv.headers["content-type"]).toContain("text/csv")
      const lines = csv.data.trim().split("\n")
      expect(lines[0]).toBe("id,email,status,legal_basis,locale,source,customer_id,created_at,confirmed_at,unsubscribed_at")
      expect(lines).toHaveLength(3)
      expect(csv.data).toContain('"lijst@example.nl","suppressed"')
    })

    it("should validate paging and order of every admin list as Medusa's own lists do, naming the field", async () => {
      const cases: [string, string][] = [
        ["limit=abc", "limit"],
        ["limit=-1", "limit"],
        ["offset=-1", "offset"],
        ["offset=2.5", "offset"],
        ["limit=100000", "limit"],
      ]
      for (const list of ["newsletter-subscriptions", "newsletter-campaigns", "newsletter-consent-texts"]) {
        for (const [query, field] of cases) {
          const res = await api.get(`/admin/${list}?${query}`, { headers: admin, validateStatus: () => true })
          expect([list, query, res.status]).toEqual([list, query, 400])
          expect(res.data.message).toContain(field)
        }
      }
      const badOrder = await api.get("/admin/newsletter-subscriptions?order=token", { headers: admin, validateStatus: () => true })
      expect(badOrder.status).toBe(400)
      expect(badOrder.data.message).toContain("order")
      await subscribeAndMail("b-lijst@example.nl")
      await subscribeAndMail("a-lijst@example.nl")
      await subscribeAndMail("c-lijst@example.nl")
      const page = await api.get("/admin/newsletter-subscriptions?limit=2&offset=1&order=email", { headers: admin })
      expect(page.data).toEqual(expect.objectContaining({ count: 3, limit: 2, offset: 1 }))
      expect(page.data.newsletter_subscriptions.map((s: any) => s.email)).toEqual(["b-lijst@example.nl", "c-lijst@example.nl"])
      const all = await api.get("/admin/newsletter-consent-texts", { headers: admin })
      expect(all.data.count).toBeGreaterThanOrEqual(2)
      const texts = await api.get("/admin/newsletter-consent-texts?limit=1&offset=1", { headers: admin })
      expect(texts.data).toEqual(expect.objectContaining({ count: all.data.count, limit: 1, offset: 1 }))
      expect(texts.data.consent_texts.map((t: any) => t.id)).toEqual([all.data.consent_texts[1].id])
    })

    it("should answer only the ?fields= a caller names (plus id) on every admin list, and refuse unknown ones", async () => {
      await subscribeAndMail("velden@example.nl")
      const subs = await api.get("/admin/newsletter-subscriptions?fields=email,status", { headers: admin })
      expect(subs.data.newsletter_subscriptions).toEqual([{ id: expect.any(String), email: "velden@example.nl", status: "pending" }])
      // Without ?fields= every column, as before (the admin screens read them).
      const full = await api.get("/admin/newsletter-subscriptions", { headers: admin })
      expect(full.data.newsletter_subscriptions[0]).toEqual(
        expect.objectContaining({ email: "velden@example.nl", locale: "nl", created_at: expect.any(String) })
      )
      const texts = await api.get("/admin/newsletter-consent-texts?fields=locale,version", { headers: admin })
      expect(texts.data.consent_texts.length).toBeGreaterThanOrEqual(2)
      for (const t of texts.data.consent_texts) expect(Object.keys(t).sort()).toEqual(["id", "locale", "version"])
      const created = await api.post("/admin/newsletter-campaigns", { subject: "Velden", html: "<p>x</p>", text: "x" }, { headers: admin })
      const campaigns = await api.get("/admin/newsletter-campaigns?fields=subject", { headers: admin })
      expect(campaigns.data.newsletter_campaigns).toEqual([
        expect.objectContaining({ id: created.data.newsletter_campaign.id, subject: "Velden", progress: expect.any(Object) }),
      ])
      expect(campaigns.data.newsletter_campaigns[0].html).toBeUndefined()
      for (const [list, field] of [
        ["newsletter-subscriptions", "email_hash"],
        ["newsletter-campaigns", "nonsense"],
        ["newsletter-consent-texts", "nonsense"],
      ]) {
        const bad = await api.get(`/admin/${list}?fields=${field}`, { headers: admin, validateStatus: () => true })
        expect([list, bad.status]).toEqual([list, 400])
        expect(bad.data.message).toContain(field)
      }
    })

    async function rowsOf(subscriptionId: string) {
      const order = (q: any) => q.where({ subscription_id: subscriptionId }).orderBy("id")
      return {
        subscription: await knex()("newsletter_subscription").where({ id: subscriptionId }).first(),
        events: await order(knex()("newsletter_consent_event")),
        tokens: await order(knex()("newsletter_token")),
      }
    }

    it("should leave no subscription, ledger row or token when a step after the subscribe workflow fails", async () => {
      const { errors } = await subscribeThenFail(getContainer()).run({
        input: { email: "half@example.nl" },
        throwOnError: false,
      })
      expect(errors.map((e: any) => e.error?.message)).toContain("a later step failed")
      const hash = newsletter().hashEmail("half@example.nl")
      expect(await knex()("newsletter_subscription").where({ email_hash: hash })).toHaveLength(0)
      expect(await knex()("newsletter_consent_event").where({ email_hash: hash })).toHaveLength(0)
      // The address can subscribe normally afterwards.
      const mail = await subscribeAndMail("half@example.nl")
      expect((await api.post("/newsletter/confirm", `token=${linkIn(mail, "/newsletter/confirm").token}`, form)).status).toBe(200)
    })

    it("should restore an unsubscribed subscription, its ledger and its tokens when a step after a resubscribe request fails", async () => {
      const { token } = linkIn(await subscribeAndMail("spijt@example.nl"), "/newsletter/confirm")
      await api.post("/newsletter/confirm", `token=${token}`, form)
      const sub = await subscriptionOf("spijt@example.nl")
      await newsletter().unsubscribe(sub.id, { source: "test" })
      await subscribe(api, shop, { email: "spijt@example.nl" }) // pending again, with an open token
      await newsletter().unsubscribe(sub.id, { source: "test" }) // revokes that token
      const before = await rowsOf(sub.id)
      expect(before.subscription.status).toBe("unsubscribed")

      const { errors } = await recordRequestThenFail(getContainer()).run({
        input: { email: "spijt@example.nl" },
        throwOnError: false,
      })
      expect(errors).toHaveLength(1)
      expect(await rowsOf(sub.id)).toEqual(before)
    })

    it("should restore the token, the pending status and the suppression when a step after a confirmation fails", async () => {
      const first = linkIn(await subscribeAndMail("terugval@example.nl"), "/newsletter/confirm")
      await api.post("/newsletter/confirm", `token=${first.token}`, form)
      const sub = await subscriptionOf("terugval@example.nl")
      await api.post(`/admin/newsletter-subscriptions/${sub.id}`, { status: "suppressed" }, { headers: admin })
      smtp.clear()
      const second = linkIn(await subscribeAndMail("terugval@example.nl"), "/newsletter/confirm")
      const before = await rowsOf(sub.id)
      const suppressed = await knex()("newsletter_suppression").where({ email_hash: sub.email_hash })
      expect(before.subscription.status).toBe("pending")
      expect(suppressed).toHaveLength(1)

      const { errors } = await confirmThenFail(getContainer()).run({
        input: { token: second.token },
        throwOnError: false,
      })
      expect(errors).toHaveLength(1)
      expect(await rowsOf(sub.id)).toEqual(before)
      expect(await knex()("newsletter_suppression").where({ email_hash: sub.email_hash })).toEqual(suppressed)
      // The link still works once, as if the failed attempt never happened.
      const done = await api.post("/newsletter/confirm", `token=${second.token}`, form)
      expect(done.data).toContain('data-outcome="confirmed"')
    })

    it("should put purged subscriptions back when a step after the purge fails, and purge them through the workflow", async () => {
      await subscribeAndMail("vergeten@example.nl")
      const sub = await subscriptionOf("vergeten@example.nl")
      const before = await rowsOf(sub.id)
      newsletter().setClockOffset(31 * 24 * HOUR)
      const { errors } = await purgeThenFail(getContainer()).run({ input: { limit: 10 }, throwOnError: false })
      expect(errors).toHaveLength(1)
      expect(await rowsOf(sub.id)).toEqual(before)

      const { result } = await purgeUnconfirmedSubscriptionsWorkflow(getContainer()).run({ input: { limit: 10 } })
      expect(result).toBe(1)
      expect(await rowsOf(sub.id)).toEqual({ subscription: undefined, events: [], tokens: [] })
    })
  },
})

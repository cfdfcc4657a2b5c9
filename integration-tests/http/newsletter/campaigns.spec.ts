import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { useSmtpFixture } from "../../helpers/smtp-fixture"
import { prepareCart, registerCustomer, seedShop, SeededShop, startPayment } from "../../helpers/shop"
import { adminHeaders, form, linkIn, publishConsentText, rawHeader, subscribe, until } from "../../helpers/newsletter"
// The plugin's own built sender (the code the shop runs), typed from its source: plays a worker that dies mid-batch.
const { sendClaimed } =
  require("@softshop/medusa-newsletter/workflows/campaigns/steps/send-campaign-mails") as typeof import("../../../plugins/newsletter/src/workflows/campaigns/steps/send-campaign-mails")

// The plugin's built every-minute job: starts scheduled drafts that are due.
const resumeJob = (
  require("@softshop/medusa-newsletter/jobs/newsletter-resume-campaigns") as typeof import("../../../plugins/newsletter/src/jobs/newsletter-resume-campaigns")
).default

const { createStep, createWorkflow, WorkflowResponse } = require("@medusajs/framework/workflows-sdk") as typeof import("@medusajs/framework/workflows-sdk")
const { startCampaignStep } =
  require("@softshop/medusa-newsletter/workflows/campaigns/steps/start-campaign") as typeof import("../../../plugins/newsletter/src/workflows/campaigns/steps/start-campaign")

/** Starting a campaign followed by a step that fails: the start must be compensated. */
const failLaterStep = createStep("test-newsletter-campaign-fail-later", async () => {
  throw new Error("a later step failed")
})
const startThenFail = createWorkflow("test-newsletter-start-campaign-then-fail", (input: { id: string }) => {
  startCampaignStep(input.id)
  failLaterStep()
  return new WorkflowResponse(undefined)
})

const { claimCampaignDeliveriesStep } =
  require("@softshop/medusa-newsletter/workflows/campaigns/steps/claim-campaign-deliveries") as typeof import("../../../plugins/newsletter/src/workflows/campaigns/steps/claim-campaign-deliveries")
const { sendCampaignMailsStep } =
  require("@softshop/medusa-newsletter/workflows/campaigns/steps/send-campaign-mails") as typeof import("../../../plugins/newsletter/src/workflows/campaigns/steps/send-campaign-mails")
const { finishCampaignDeliveriesStep } =
  require("@softshop/medusa-newsletter/workflows/campaigns/steps/finish-campaign-deliveries") as typeof import("../../../plugins/newsletter/src/workflows/campaigns/steps/finish-campaign-deliveries")
const { transform } = require("@medusajs/framework/workflows-sdk") as typeof import("@medusajs/framework/workflows-sdk")
/** One batch of the sender (claim → send → record) followed by a step that fails: the batch must be compensated. */
const batchThenFail = createWorkflow("test-newsletter-send-campaign-batch-then-fail", (input: { campaign_id: string; limit: number }) => {
  const claimed = claimCampaignDeliveriesStep(input)
  const results = sendCampaignMailsStep(transform({ input, claimed }, ({ input, claimed }) => ({ campaign_id: input.campaign_id, claimed })))
  finishCampaignDeliveriesStep(results)
  failLaterStep()
  return new WorkflowResponse(undefined)
})

jest.setTimeout(240_000)

// Small batches so a five-recipient campaign spans several; no background resume job during the crash test.
process.env.NEWSLETTER_BATCH_SIZE = "2"
process.env.NEWSLETTER_AUTO_RESUME = "false"
// Soft opt-in is off by default; this file turns it on to test it.
process.env.NEWSLETTER_SOFT_OPT_IN = "true"

const smtp = useSmtpFixture()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: Record<string, string>
    const newsletter = () => getContainer().resolve("newsletter") as any
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any

    beforeEach(async () => {
      smtp.clear()
      newsletter().setClockOffset(0)
      shop = await seedShop(getContainer())
      admin = await adminHeaders(api)
      await publishConsentText(api, admin, "nl")
    })

    /** Subscribes and confirms through the real mails; returns the addresses. */
    async function confirmed(...emails: string[]) {
      for (const email of emails) {
        expect((await subscribe(api, shop, { email })).status).toBe(202)
        await until(
          async () => smtp.to(email).length,
          (n) => n > 0
        )
        const { token } = linkIn(smtp.to(email)[0], "/newsletter/confirm")
        expect((await api.post("/newsletter/confirm", `token=${token}`, form)).status).toBe(200)
      }
      smtp.clear()
      return emails
    }

    async function createCampaign(subject = "Nieuw bij Softshop: de Softbook Pro 14") {
      const { data } = await api.post(
        "/admin/newsletter-campaigns",
        { subject, html: "<h2>Softbook Pro 14</h2><p>Nu op voorraad.</p>", text: "Softbook Pro 14 - nu op voorraad." },
        { headers: admin }
      )
      return data.newsletter_campaign as { id: string; status: string }
    }

    const campaignOf = async (id: string) => (await api.get(`/admin/newsletter-campaigns/${id}`, { headers: admin })).data.newsletter_campaign

    it("should send a campaign only to confirmed subscribers, exactly once each, with both headers and a working unsubscribe link", async () => {
      const people = await confirmed("een@example.nl", "twee@example.nl", "drie@example.nl")
      await subscribe(api, shop, { email: "pending@example.nl" })
      const [gone] = await confirmed("gone@example.nl")
      await newsletter().unsubscribe((await newsletter().listSubscriptions({ email: gone }))[0].id, { source: "test" })
      await until(
        async () => smtp.to("pending@example.nl").length,
        (n) => n > 0
      )
      smtp.clear()

      const campaign = await createCampaign()
      expect(campaign.status).toBe("draft")
      const preview = await api.get(`/admin/newsletter-campaigns/${campaign.id}/preview`, { headers: admin })
      expect(preview.data.preview.html).toContain("Afmelden voor deze nieuwsbrief")
      expect(preview.data.preview.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click")

      await api.post(`/admin/newsletter-campaigns/${campaign.id}/test-send`, { email: "redactie@softshop.nl" }, { headers: admin })
      await smtp.waitFor(1)
      expect(smtp.messages[0].subject).toBe("[TEST] Nieuw bij Softshop: de Softbook Pro 14")
      smtp.clear()

      const sent = await api.post(`/admin/newsletter-campaigns/${campaign.id}/send`, {}, { headers: admin })
      expect(sent.status).toBe(202)
      const done = await until(
        () => campaignOf(campaign.id),
        (c) => c.status === "sent"
      )
      expect(done.progress).toEqual({ total: 3, sent: 3, failed: 0, skipped: 0, remaining: 0 })
      expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual([...people].sort())

      for (const mail of smtp.messages) {
        expect(mail.subject).toBe("Nieuw bij Softshop: de Softbook Pro 14")
        expect(mail.html).toContain("<h2>Softbook Pro 14</h2>")
        expect(rawHeader(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click")
        const header = rawHeader(mail, "List-Unsubscribe")!
        expect(header).toMatch(/^<https?:\/\/[^>]+\/newsletter\/unsubscribe\?token=nlsub_[^>]+>$/)
        const footer = linkIn(mail, "/newsletter/unsubscribe")
        expect(header).toContain(footer.token)
        expect(mail.html).toContain("Afmelden voor deze nieuwsbrief")
      }

      // The header link works on its own: POST the RFC body to it.
      const mail = smtp.to("twee@example.nl")[0]
      const url = new URL(rawHeader(mail, "List-Unsubscribe")!.slice(1, -1))
      const res = await api.post(url.pathname + url.search, "List-Unsubscribe=One-Click", form)
      expect(res.status).toBe(200)
      expect((await newsletter().listSubscriptions({ email: "twee@example.nl" }))[0].status).toBe("unsubscribed")

      const again = await api.post(`/admin/newsletter-campaigns/${campaign.id}/send`, {}, { headers: admin, validateStatus: () => true })
      expect(again.status).toBe(400)
      expect(again.data.message).toContain(campaign.id)
      await new Promise((r) => setTimeout(r, 500))
      expect(smtp.messages).toHaveLength(3)
      const edit = await api.post(`/admin/newsletter-campaigns/${campaign.id}`, { subject: "x" }, { headers: admin, validateStatus: () => true })
      expect(edit.status).toBe(400)
    })

    it("should resume a campaign after a worker crashed mid-batch and between batches, with no duplicates", async () => {
      const people = await confirmed("a1@example.nl", "a2@example.nl", "a3@example.nl", "a4@example.nl", "a5@example.nl")
      const campaign = await createCampaign("Crashtest")
      const service = newsletter()
      const container = getContainer()
      // Start without the event: no worker picks it up yet.
      await service.startCampaign(campaign.id)
      const [full] = await service.listCampaigns({ id: campaign.id })

      // Worker A claims two rows, delivers the first, and dies before recording anything.
      const claimedByA = await service.claimDeliveries(campaign.id, 2)
      expect(claimedByA).toHaveLength(2)
      await sendClaimed(container, full, [claimedByA[0]])
      await smtp.waitFor(1)

      // Worker B cannot take A's rows while A's lease runs: it gets the other three only.
      const claimedByB = await service.claimDeliveries(campaign.id, 10)
      expect(claimedByB.map((d: any) => d.id).sort()).not.toEqual(expect.arrayContaining(claimedByA.map((d: any) => d.id)))
      expect(claimedByB).toHaveLength(3)
      // B sends one of its rows properly, then dies too.
      await service.finishDeliveries(await sendClaimed(container, full, [claimedByB[0]]))
      await smtp.waitFor(2)
      let progress = (await campaignOf(campaign.id)).progress
      expect(progress).toEqual({ total: 5, sent: 1, failed: 0, skipped: 0, remaining: 4 })

      // After the lease, a resume finishes the campaign.
      service.setClockOffset(6 * 60_000)
      expect((await api.post(`/admin/newsletter-campaigns/${campaign.id}/resume`, {}, { headers: admin })).status).toBe(202)
      const done = await until(
        () => campaignOf(campaign.id),
        (c) => c.status === "sent"
      )
      expect(done.progress).toEqual({ total: 5, sent: 5, failed: 0, skipped: 0, remaining: 0 })
      await new Promise((r) => setTimeout(r, 300))
      expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual([...people].sort())
      for (const p of people) expect(smtp.to(p)).toHaveLength(1)
      const rows = await knex()("newsletter_campaign_delivery").where({ campaign_id: campaign.id })
      expect(rows.map((r: any) => r.status)).toEqual(["sent", "sent", "sent", "sent", "sent"])
      // A's first row was not re-sent but recognised from its notification record.
      expect(rows.find((r: any) => r.id === claimedByA[0].id).attempts).toBe(2)
    })

    it("should send again, once, a mail that was in flight when its worker died (its record still pending)", async () => {
      const [first, second] = await confirmed("k1@example.nl", "k2@example.nl")
      const campaign = await createCampaign("Halverwege gestopt")
      const service = newsletter()
      const container = getContainer()
      await service.startCampaign(campaign.id)
      const [full] = await service.listCampaigns({ id: campaign.id })
      const claimed = await service.claimDeliveries(campaign.id, 2)
      expect(claimed).toHaveLength(2)
      const [subFirst] = await service.listSubscriptions({ email: first })
      const inFlight = claimed.find((d: any) => d.subscription_id === subFirst.id)
      const delivered = claimed.find((d: any) => d.subscription_id !== subFirst.id)
      // The worker delivered one mail, and died while the other was in flight: Medusa had written that one's
      // notification record (pending) and the SMTP server had not accepted it.
      await sendClaimed(container, full, [delivered])
      await smtp.waitFor(1)
      await knex()("notification").insert({
        id: "noti_test_in_flight",
        to: first,
        channel: "email",
        template: "newsletter.campaign",
        status: "pending",
        idempotency_key: `newsletter.campaign:${campaign.id}:${subFirst.id}`,
      })

      service.setClockOffset(6 * 60_000)
      expect((await api.post(`/admin/newsletter-campaigns/${campaign.id}/resume`, {}, { headers: admin })).status).toBe(202)
      const done = await until(
        () => campaignOf(campaign.id),
        (c) => c.status === "sent"
      )
      expect(done.progress).toEqual({ total: 2, sent: 2, failed: 0, skipped: 0, remaining: 0 })
      await new Promise((r) => setTimeout(r, 300))
      // The in-flight mail was sent again (under its retry's own key), the delivered one was not.
      expect(smtp.to(first)).toHaveLength(1)
      expect(smtp.to(second)).toHaveLength(1)
      expect(smtp.messages).toHaveLength(2)
      const rows = await knex()("newsletter_campaign_delivery").where({ campaign_id: campaign.id })
      expect(rows.find((r: any) => r.id === inFlight.id)).toMatchObject({ status: "sent", attempts: 2 })
      expect(rows.find((r: any) => r.id === delivered.id)).toMatchObject({ status: "sent", attempts: 2 })
    })

    it("should skip subscribers who unsubscribe after the send started and never add them twice", async () => {
      await confirmed("b1@example.nl", "b2@example.nl", "b3@example.nl")
      const campaign = await createCampaign("Halverwege")
      const service = newsletter()
      await service.startCampaign(campaign.id)
      // Starting twice is refused; the audience is frozen once.
      await expect(service.startCampaign(campaign.id)).rejects.toThrow(/already sending/)
      const [b2] = await service.listSubscriptions({ email: "b2@example.nl" })
      await service.unsubscribe(b2.id, { source: "test" })
      // A late subscriber is not part of a campaign that already started.
      await confirmed("laat@example.nl")
      await api.post(`/admin/newsletter-campaigns/${campaign.id}/resume`, {}, { headers: admin })
      const done = await until(
        () => campaignOf(campaign.id),
        (c) => c.status === "sent"
      )
      expect(done.progress).toEqual({ total: 3, sent: 2, failed: 0, skipped: 1, remaining: 0 })
      expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual(["b1@example.nl", "b3@example.nl"])
    })

    it("should count the audience, keep the Markdown source and refuse a schedule in the past", async () => {
      await confirmed("m1@example.nl", "m2@example.nl")
      await subscribe(api, shop, { email: "m-pending@example.nl", source: "footer" })
      const audience = await api.get("/admin/newsletter-campaigns/audience", { headers: admin })
      expect(audience.data.audience.count).toBe(2)

      const created = await api.post(
        "/admin/newsletter-campaigns",
        { subject: "Markdown", markdown: "# Nieuw\n\n**Softbook**", html: "<h1>Nieuw</h1><p><strong>Softbook</strong></p>", text: "NIEUW\n\nSoftbook" },
        { headers: admin }
      )
      expect(created.data.newsletter_campaign.markdown).toBe("# Nieuw\n\n**Softbook**")
      const id = created.data.newsletter_campaign.id
      const edited = await api.post(`/admin/newsletter-campaigns/${id}`, { markdown: "# Anders" }, { headers: admin })
      expect(edited.data.newsletter_campaign.markdown).toBe("# Anders")

      const no = { headers: admin, validateStatus: () => true }
      const past = await api.post(`/admin/newsletter-campaigns/${id}`, { send_at: new Date(Date.now() - 60_000).toISOString() }, no)
      expect(past.status).toBe(400)
      expect(past.data.message).toContain("send_at must be in the future")
      const far = await api.post(`/admin/newsletter-campaigns/${id}`, { send_at: "2999-01-01T00:00:00Z" }, no)
      expect(far.status).toBe(400)
      expect(far.data.message).toContain("send_at must be within a year")
      const junk = await api.post(`/admin/newsletter-campaigns/${id}`, { send_at: "tomorrow" }, no)
      expect(junk.status).toBe(400)
      expect(junk.data.message).toContain("send_at")
    })

    it("should start a scheduled draft once when it is due, even when two job runs race, and not before", async () => {
      await confirmed("s1@example.nl", "s2@example.nl")
      const campaign = await createCampaign("Ingepland")
      const at = new Date(Date.now() + 3600_000)
      const scheduled = await api.post(`/admin/newsletter-campaigns/${campaign.id}`, { send_at: at.toISOString() }, { headers: admin })
      expect(new Date(scheduled.data.newsletter_campaign.send_at).getTime()).toBe(at.getTime())

      await resumeJob(getContainer())
      expect((await campaignOf(campaign.id)).status).toBe("draft")

      newsletter().setClockOffset(2 * 3600_000)
      await Promise.all([resumeJob(getContainer()), resumeJob(getContainer())])
      const done = await until(
        () => campaignOf(campaign.id),
        (c) => c.status === "sent"
      )
      expect(done.progress).toEqual({ total: 2, sent: 2, failed: 0, skipped: 0, remaining: 0 })
      expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual(["s1@example.nl", "s2@example.nl"])
      // Sent campaigns can no longer be rescheduled.
      const late = await api.post(`/admin/newsletter-campaigns/${campaign.id}`, { send_at: null }, { headers: admin, validateStatus: () => true })
      expect(late.status).toBe(400)
    })

    it("should unschedule a draft with send_at null, so the job leaves it alone", async () => {
      await confirmed("u1@example.nl")
      const campaign = await createCampaign("Toch niet")
      await api.post(`/admin/newsletter-campaigns/${campaign.id}`, { send_at: new Date(Date.now() + 600_000).toISOString() }, { headers: admin })
      const cleared = await api.post(`/admin/newsletter-campaigns/${campaign.id}`, { send_at: null }, { headers: admin })
      expect(cleared.data.newsletter_campaign.send_at).toBeNull()
      newsletter().setClockOffset(3600_000)
      await resumeJob(getContainer())
      expect((await campaignOf(campaign.id)).status).toBe("draft")
    })

    it("should report subscriber counts per status and daily growth, and filter the list by source and sign-up date", async () => {
      await confirmed("g1@example.nl", "g2@example.nl")
      await subscribe(api, shop, { email: "g-pending@example.nl", source: "footer" })
      const stats = await api.get("/admin/newsletter-subscriptions/stats?days=7", { headers: admin })
      const s = stats.data.newsletter_stats
      expect(s.counts).toMatchObject({ subscribed: 2, pending: 1, unsubscribed: 0, suppressed: 0, erased: 0 })
      expect(s.growth).toHaveLength(7)
      expect(s.growth[6].confirmed).toBe(2)
      const bad = await api.get("/admin/newsletter-subscriptions/stats?days=0", { headers: admin, validateStatus: () => true })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("days")

      const footer = await api.get("/admin/newsletter-subscriptions?source=footer", { headers: admin })
      expect(footer.data.newsletter_subscriptions.map((r: any) => r.email)).toEqual(["g-pending@example.nl"])
      const future = new Date(Date.now() + 86400_000).toISOString()
      const none = await api.get(`/admin/newsletter-subscriptions?created_from=${future}`, { headers: admin })
      expect(none.data.count).toBe(0)
      const badDate = await api.get("/admin/newsletter-subscriptions?created_to=gisteren", { headers: admin, validateStatus: () => true })
      expect(badDate.status).toBe(400)
      expect(badDate.data.message).toContain("created_to")
    })

    it("should record a rejected recipient as failed and finish the rest", async () => {
      await confirmed("c1@example.nl", "c2@example.nl")
      const campaign = await createCampaign("Weigering")
      smtp.mode = "reject"
      await api.post(`/admin/newsletter-campaigns/${campaign.id}/send`, {}, { headers: admin })
      const done = await until(
        () => campaignOf(campaign.id),
        (c) => c.status === "sent"
      )
      expect(done.progress).toEqual({ total: 2, sent: 0, failed: 2, skipped: 0, remaining: 0 })
      const list = await api.get("/admin/newsletter-campaigns", { headers: admin })
      expect(list.data.newsletter_campaigns[0].progress.failed).toBe(2)
    })

    it("should enrol an ordering customer under soft opt-in with its own opt-out, and never re-enrol after it", async () => {
      const customer = await registerCustomer(api, shop)
      const order = async () => {
        const cartId = await prepareCart(api, shop, customer.headers)
        await startPayment(api, customer.headers, cartId)
        await api.post(`/store/carts/${cartId}/complete`, {}, { headers: customer.headers })
      }
      await order()
      const [sub] = await until(
        () => newsletter().listSubscriptions({ email: customer.email }),
        (l: any[]) => l.length > 0
      )
      expect(sub).toEqual(expect.objectContaining({ status: "subscribed", legal_basis: "soft_opt_in", source: "order.placed" }))
      const events = await newsletter().listConsentEvents({ subscription_id: sub.id })
      expect(events.map((e: any) => [e.action, e.legal_basis])).toEqual([["confirmed", "soft_opt_in"]])

      const campaign = await createCampaign("Voor klanten")
      await api.post(`/admin/newsletter-campaigns/${campaign.id}/send`, {}, { headers: admin })
      await until(
        () => campaignOf(campaign.id),
        (c) => c.status === "sent"
      )
      const mail = smtp.messages.find((m) => m.subject === "Voor klanten" && m.to[0] === customer.email)!
      const url = new URL(rawHeader(mail, "List-Unsubscribe")!.slice(1, -1))
      expect((await api.post(url.pathname + url.search, "List-Unsubscribe=One-Click", form)).status).toBe(200)

      await order()
      await new Promise((r) => setTimeout(r, 1500))
      const after = await newsletter().listSubscriptions({ email: customer.email })
      expect(after.map((s: any) => [s.status, s.legal_basis])).toEqual([["unsubscribed", "soft_opt_in"]])
    })

    it("should make a started campaign a draft again, with no deliveries, when a step after the start fails", async () => {
      await confirmed("c1@example.nl", "c2@example.nl")
      const campaign = await createCampaign("Teruggedraaid")
      const { errors } = await startThenFail(getContainer()).run({ input: { id: campaign.id }, throwOnError: false })
      expect(errors).toHaveLength(1)
      expect(await knex()("newsletter_campaign_delivery").where({ campaign_id: campaign.id })).toHaveLength(0)
      const after = await campaignOf(campaign.id)
      expect([after.status, after.started_at]).toEqual(["draft", null])
      // It can still be sent normally, to both subscribers.
      expect((await api.post(`/admin/newsletter-campaigns/${campaign.id}/send`, {}, { headers: admin })).status).toBe(202)
      const done = await until(
        () => campaignOf(campaign.id),
        (c) => c.status === "sent"
      )
      expect(done.progress).toEqual({ total: 2, sent: 2, failed: 0, skipped: 0, remaining: 0 })
    })

    it("should put a batch's deliveries back as they were when a step after it fails, and not mail anyone twice on the resume", async () => {
      const people = await confirmed("r1@example.nl", "r2@example.nl", "r3@example.nl")
      const campaign = await createCampaign("Teruggezet")
      const service = newsletter()
      await service.startCampaign(campaign.id)
      const columns = ["id", "status", "attempts", "claimed_at", "sent_at", "error", "updated_at"]
      const rowsOf = () => knex()("newsletter_campaign_delivery").where({ campaign_id: campaign.id }).orderBy("id").select(columns)
      const before = await rowsOf()
      expect(before.map((r: any) => [r.status, r.attempts])).toEqual([
        ["queued", 0],
        ["queued", 0],
        ["queued", 0],
      ])

      const { errors } = await batchThenFail(getContainer()).run({ input: { campaign_id: campaign.id, limit: 2 }, throwOnError: false })
      expect(errors).toHaveLength(1)
      // The two mails of the batch went out (a sent mail cannot be taken back) ...
      await smtp.waitFor(2)
      // ... and the recorded outcomes and the claim were undone exactly: every row as it was before the batch.
      expect(await rowsOf()).toEqual(before)

      // The resume claims them again under the same attempt number, so the notification module recognises the two
      // sent mails by their idempotency keys: everyone gets the campaign once.
      expect((await api.post(`/admin/newsletter-campaigns/${campaign.id}/resume`, {}, { headers: admin })).status).toBe(202)
      const done = await until(
        () => campaignOf(campaign.id),
        (c) => c.status === "sent"
      )
      expect(done.progress).toEqual({ total: 3, sent: 3, failed: 0, skipped: 0, remaining: 0 })
      await new Promise((r) => setTimeout(r, 300))
      for (const p of people) expect(smtp.to(p)).toHaveLength(1)
      expect(smtp.messages).toHaveLength(3)
    })
  },
})

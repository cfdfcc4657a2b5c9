import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdmin } from "../../helpers/privacy"
import { fulfil, ok, placeOrder, REVIEW, seededProductId, seededProducts, summaryAndRecount } from "../../helpers/reviews"
import { adminHeaders, registerCustomer, seedShop, SeededShop } from "../../helpers/shop"
import { useSmtpFixture } from "../../helpers/smtp-fixture"

jest.setTimeout(300_000)

const { createStep, createWorkflow, WorkflowResponse } = require("@medusajs/framework/workflows-sdk") as typeof import("@medusajs/framework/workflows-sdk")
const { repairSummariesStep } =
  require("@softshop/medusa-reviews/workflows/reviews/steps/repair-summaries") as typeof import("../../../plugins/reviews/src/workflows/reviews/steps/repair-summaries")

/** A later step that fails, so the repair before it must compensate. */
const failLaterStep = createStep("test-reviews-fail-later", async () => {
  throw new Error("a later step failed")
})
const repairThenFail = createWorkflow("test-reviews-repair-then-fail", () => {
  repairSummariesStep()
  failLaterStep()
  return new WorkflowResponse(undefined)
})

const smtp = useSmtpFixture()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: Record<string, string>
    let products: { id: string; handle: string; variants: { id: string }[] }[]
    let productIndex = 0
    type Customer = Awaited<ReturnType<typeof registerCustomer>>
    const service = () => getContainer().resolve(REVIEW) as any
    /** A product no other test reviews, so its summary is this test's alone. */
    const freshProduct = () => products[productIndex++ % products.length]

    const submit = (c: Customer, body: Record<string, unknown>) => api.post("/store/reviews", body, { headers: c.headers, ...ok })
    const moderate = (id: string, body: Record<string, unknown>, headers = admin) => api.post(`/admin/reviews/${id}/moderate`, body, { headers, ...ok })
    const publicList = async (productId: string, qs = "") =>
      (
        await api.get(`/store/reviews?product_id=${productId}${qs}`, {
          headers: shop.headers,
        })
      ).data
    const own = async (c: Customer) => (await api.get("/store/reviews/me", { headers: c.headers })).data.reviews
    const expectSummaryRight = async (productId: string, expected: { count: number; average: number | null }) => {
      const { stored, recount } = await summaryAndRecount(api, getContainer(), shop, productId)
      expect(stored).toEqual(recount)
      expect({ count: stored.count, average: stored.average }).toEqual(expected)
    }
    const mailsTo = (email: string, subject: string) => smtp.messages.filter((m) => m.to.includes(email) && m.subject.includes(subject))

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await adminHeaders(api)
      products = await seededProducts(getContainer())
      // The seeded variant's product is used by the order-based tests; keep it out of the fresh pool.
      const seeded = await seededProductId(getContainer(), shop.variantId)
      products = products.filter((p) => p.id !== seeded)
      expect(products.length).toBeGreaterThan(3)
    })
    beforeEach(() => service().setClockOffset(0))

    it("should keep a submitted review out of public view until approved, then show it with the chosen name", async () => {
      const product = freshProduct()
      const c = await registerCustomer(api, shop, {
        first_name: "Petra",
        last_name: "de Vries",
      })
      const res = await submit(c, {
        product_id: product.id,
        rating: 4,
        title: "Mooi scherm",
        body: "Scherp beeld, goede kleuren.",
        identity: "first_name_initial",
        experienced_at: "2026-11-01",
      })
      expect(res.status).toBe(201)
      expect(res.data.review).toEqual(
        expect.objectContaining({
          status: "pending",
          identity: "first_name_initial",
          verification: "none",
          rating: 4,
        })
      )
      const id = res.data.review.id
      expect((await publicList(product.id)).reviews).toEqual([])
      await expectSummaryRight(product.id, { count: 0, average: null })

      const approved = await moderate(id, { action: "approve" })
      expect(approved.status).toBe(200)
      const list = await publicList(product.id)
      expect(list.count).toBe(1)
      expect(list.reviews[0]).toEqual(
        expect.objectContaining({
          id,
          rating: 4,
          title: "Mooi scherm",
          experienced_at: "2026-11-01",
          author: { display: "first_name_initial", name: "Petra D." },
        })
      )
      expect(list.reviews[0].schema_org).toEqual(
        expect.objectContaining({
          "@type": "Review",
          author: { "@type": "Person", name: "Petra D." },
          reviewRating: expect.objectContaining({ ratingValue: 4 }),
        })
      )
      await expectSummaryRight(product.id, { count: 1, average: 4 })
      const { data } = await api.get(`/store/reviews/summary?product_id=${product.id}`, { headers: shop.headers })
      expect(data.summary.schema_org).toEqual({
        "@type": "AggregateRating",
        ratingValue: 4,
        reviewCount: 1,
        bestRating: 5,
        worstRating: 1,
      })
      await smtp.waitFor(1)
      expect(mailsTo(c.email, "is geplaatst")).toHaveLength(1)
    })

    it("should default to anonymous and compute names at read time from the current customer record", async () => {
      const product = freshProduct()
      const c = await registerCustomer(api, shop, {
        first_name: "Anna",
        last_name: "Bakker",
      })
      const { data } = await submit(c, { product_id: product.id, rating: 5 })
      expect(data.review.identity).toBe("anonymous")
      await moderate(data.review.id, { action: "approve" })
      expect((await publicList(product.id)).reviews[0].author).toEqual({
        display: "anonymous",
        name: null,
      })

      const bad = await api.post(
        `/store/reviews/${data.review.id}/identity`,
        { identity: "pseudonym", pseudonym: "anna@example.nl" },
        { headers: c.headers, ...ok }
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("pseudonym")
      const pseudo = await api.post(
        `/store/reviews/${data.review.id}/identity`,
        { identity: "pseudonym", pseudonym: "Schermfan 27" },
        { headers: c.headers, ...ok }
      )
      expect(pseudo.status).toBe(200)
      // A name choice does not send the review back to moderation.
      expect(pseudo.data.review.status).toBe("approved")
      expect((await publicList(product.id)).reviews[0].author).toEqual({
        display: "pseudonym",
        name: "Schermfan 27",
      })

      await api.post(`/store/reviews/${data.review.id}/identity`, { identity: "full_name" }, { headers: c.headers })
      expect((await publicList(product.id)).reviews[0].author.name).toBe("Anna Bakker")
      await api.post("/store/customers/me", { last_name: "Smit" }, { headers: c.headers })
      expect((await publicList(product.id)).reviews[0].author.name).toBe("Anna Smit")
    })

    it("should mail a rejection with the policy's reason, allow one resubmission, and make the second rejection final", async () => {
      const product = freshProduct()
      const c = await registerCustomer(api, shop, { first_name: "Kees" })
      const { data } = await submit(c, {
        product_id: product.id,
        rating: 2,
        body: "Bel mij op 0612345678 voor meer info",
      })
      const id = data.review.id
      const noReason = await moderate(id, { action: "reject" })
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toContain("reason_code")
      const unknownReason = await moderate(id, {
        action: "reject",
        reason_code: "ugly",
      })
      expect(unknownReason.status).toBe(400)
      expect(unknownReason.data.message).toContain('reason_code "ugly"')

      const rejected = await moderate(id, {
        action: "reject",
        reason_code: "personal_data",
        note: "Haal het telefoonnummer weg.",
      })
      expect(rejected.status).toBe(200)
      expect(rejected.data.review).toEqual(
        expect.objectContaining({
          status: "rejected",
          decision_reason_code: "personal_data",
          decision_policy_version: 1,
          rejection_count: 1,
        })
      )
      await expectSummaryRight(product.id, { count: 0, average: null })
      const mail = await waitForMail(c.email, "niet geplaatst")
      expect(mail.text).toContain("Reden: Bevat persoonsgegevens")
      expect(mail.text).toContain("Namen, adressen of telefoonnummers van anderen plaatsen wij niet.")
      expect(mail.text).toContain("Haal het telefoonnummer weg.")
      expect(mail.text).toContain("één keer aanpassen")
      const mine = (await own(c)).find((r: any) => r.id === id)
      expect(mine).toEqual(expect.objectContaining({ status: "rejected", can_edit: true }))
      expect(mine.decision).toEqual(
        expect.objectContaining({
          reason_code: "personal_data",
          reason: "Bevat persoonsgegevens",
          note: "Haal het telefoonnummer weg.",
          policy_version: 1,
        })
      )

      const resubmit = await api.post(`/store/reviews/${id}`, { body: "Werkt prima, maar de voet wiebelt." }, { headers: c.headers, ...ok })
      expect(resubmit.status).toBe(200)
      expect(resubmit.data.review.status).toBe("pending")
      expect((await publicList(product.id)).reviews).toEqual([])
      await moderate(id, { action: "reject", reason_code: "off_topic" })
      const final = await waitForMail(c.email, "niet geplaatst", 2)
      expect(final.text).toContain("Deze beslissing is definitief.")
      const again = await api.post(`/store/reviews/${id}`, { body: "Nog een keer" }, { headers: c.headers, ...ok })
      expect(again.status).toBe(400)
      expect(again.data.message).toContain("final")
      const replace = await submit(c, { product_id: product.id, rating: 5 })
      expect(replace.status).toBe(400)
      expect((await own(c)).find((r: any) => r.id === id)).toEqual(expect.objectContaining({ status: "rejected", can_edit: false }))
      const { data: detail } = await api.get(`/admin/reviews/${id}`, {
        headers: admin,
      })
      expect(detail.audit.map((a: any) => a.action)).toEqual(["submitted", "rejected", "resubmitted", "rejected"])
      expect(detail.audit[1]).toEqual(
        expect.objectContaining({
          reason_code: "personal_data",
          policy_version: 1,
          actor: expect.stringMatching(/^user:/),
        })
      )
    })

    it("should replace the first review when the same customer reviews the product again", async () => {
      const product = freshProduct()
      const c = await registerCustomer(api, shop)
      const first = await submit(c, {
        product_id: product.id,
        rating: 5,
        title: "Top",
      })
      await moderate(first.data.review.id, { action: "approve" })
      await expectSummaryRight(product.id, { count: 1, average: 5 })
      const second = await submit(c, {
        product_id: product.id,
        rating: 2,
        title: "Na een maand minder blij",
      })
      expect(second.status).toBe(200)
      expect(second.data.review).toEqual(
        expect.objectContaining({
          id: first.data.review.id,
          rating: 2,
          status: "pending",
        })
      )
      await expectSummaryRight(product.id, { count: 0, average: null })
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      const { rows } = await knex.raw(`select count(*)::int as n from review where customer_id = ? and product_id = ?`, [c.customer.id, product.id])
      expect(rows[0].n).toBe(1)
      // The unique index holds even against a direct insert.
      await expect(
        knex.raw(`insert into review (id, product_id, customer_id, rating, submitted_at) values ('rev_dup', ?, ?, 3, now())`, [product.id, c.customer.id])
      ).rejects.toThrow(/IDX_review_customer_id_product_id_unique/)
      await moderate(first.data.review.id, { action: "approve" })
      await expectSummaryRight(product.id, { count: 1, average: 2 })
    })

    it("should keep the summary equal to a recount after approve, edit, unpublish and delete", async () => {
      const product = freshProduct()
      const cs = await Promise.all([1, 2, 3].map(() => registerCustomer(api, shop)))
      const ids: string[] = []
      for (const [i, c] of cs.entries()) ids.push((await submit(c, { product_id: product.id, rating: [5, 3, 1][i] })).data.review.id)
      for (const id of ids) await moderate(id, { action: "approve" })
      await expectSummaryRight(product.id, { count: 3, average: 3 })
      const { data } = await api.get(`/store/reviews/summary?product_id=${product.id}`, { headers: shop.headers })
      expect(data.summary.histogram).toEqual({ 1: 1, 2: 0, 3: 1, 4: 0, 5: 1 })
      const { data: adminSummary } = await api.get(`/admin/reviews/summary?product_id=${product.id}`, { headers: admin })
      expect(adminSummary.summary).toEqual(data.summary)

      await api.post(`/store/reviews/${ids[1]}`, { rating: 4 }, { headers: cs[1].headers })
      await expectSummaryRight(product.id, { count: 2, average: 3 })
      await moderate(ids[1], { action: "approve" })
      await expectSummaryRight(product.id, { count: 3, average: 3.33 })

      const noReason = await moderate(ids[0], { action: "unpublish" })
      expect(noReason.status).toBe(400)
      expect(
        (
          await moderate(ids[0], {
            action: "unpublish",
            reason_code: "other",
            note: "Klacht van fabrikant onderzocht",
          })
        ).status
      ).toBe(200)
      await expectSummaryRight(product.id, { count: 2, average: 2.5 })
      await waitForMail(cs[0].email, "offline")

      expect(
        (
          await api.delete(`/store/reviews/${ids[2]}`, {
            headers: cs[2].headers,
          })
        ).status
      ).toBe(200)
      await expectSummaryRight(product.id, { count: 1, average: 4 })
      expect((await api.delete(`/admin/reviews/${ids[1]}`, { headers: admin })).status).toBe(200)
      await expectSummaryRight(product.id, { count: 0, average: null })
    })

    it("should compute the verification level from real orders and never accept it from a client", async () => {
      const productId = await seededProductId(getContainer(), shop.variantId)
      const c = await registerCustomer(api, shop, {
        first_name: "Bert",
        last_name: "Koper",
      })
      const forged = await submit(c, {
        product_id: productId,
        rating: 5,
        verification: "delivered",
      })
      expect(forged.status).toBe(400)
      expect(forged.data.message).toContain("verification")
      const forgedDate = await submit(c, {
        product_id: productId,
        rating: 5,
        purchased_at: "2026-01-01",
      })
      expect(forgedDate.status).toBe(400)

      const none = await submit(c, { product_id: productId, rating: 5 })
      expect(none.data.review).toEqual(expect.objectContaining({ verification: "none", purchased_at: null }))

      const orderId = await placeOrder(api, shop, c.headers, shop.variantId)
      const ordered = await api.post(`/store/reviews/${none.data.review.id}`, { rating: 4 }, { headers: c.headers })
      expect(ordered.data.review.verification).toBe("ordered")
      expect(ordered.data.review.purchased_at).toBe(new Date().toISOString().slice(0, 10))

      await fulfil(api, admin, orderId)
      const delivered = await api.post(`/store/reviews/${none.data.review.id}`, { rating: 5 }, { headers: c.headers })
      expect(delivered.data.review.verification).toBe("delivered")
      await moderate(none.data.review.id, { action: "approve" })
      const verified = await publicList(productId, "&verified=true")
      expect(verified.reviews.map((r: any) => r.id)).toContain(none.data.review.id)
      expect((await publicList(productId, "&verified=false")).reviews.map((r: any) => r.id)).not.toContain(none.data.review.id)

      // "Buyers only": a customer without an order of the product is refused.
      const options = service().getOptions()
      options.buyersOnly = true
      try {
        const stranger = await registerCustomer(api, shop)
        const refused = await submit(stranger, {
          product_id: productId,
          rating: 1,
        })
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("Only customers who ordered")
      } finally {
        options.buyersOnly = false
      }
    })

    it("should never put an e-mail, a customer id or the checkout name in a public response", async () => {
      const productId = await seededProductId(getContainer(), shop.variantId)
      const c = await registerCustomer(api, shop, {
        first_name: "Sanne",
        last_name: "Jacobs",
      })
      await placeOrder(api, shop, c.headers, shop.variantId, {
        first_name: "Kaarthouder",
        last_name: "Achterbank",
      })
      const { data } = await submit(c, {
        product_id: productId,
        rating: 3,
        body: "Redelijk",
        identity: "full_name",
      })
      await moderate(data.review.id, { action: "approve" })
      await api.post(`/admin/reviews/${data.review.id}/reply`, { body: "Dank voor uw review!" }, { headers: admin })
      const responses = [
        await api.get(`/store/reviews?product_id=${productId}&limit=100`, {
          headers: shop.headers,
        }),
        await api.get(`/store/reviews?product_id=${productId}&sort=most_helpful`, { headers: shop.headers }),
        await api.get(`/store/reviews/summary?product_id=${productId}`, {
          headers: shop.headers,
        }),
      ]
      const raw = responses.map((r) => JSON.stringify(r.data)).join("\n")
      expect(raw).toContain("Sanne Jacobs")
      expect(raw).toContain("Dank voor uw review!")
      for (const secret of [c.email, c.customer.id, "Kaarthouder", "Achterbank", "@example.nl", "customer_id", "cus_"]) expect(raw).not.toContain(secret)
    })

    it("should publish the merchant's reply under the review, editable and audited", async () => {
      const product = freshProduct()
      const c = await registerCustomer(api, shop)
      const { data } = await submit(c, {
        product_id: product.id,
        rating: 1,
        body: "Kapot aangekomen",
      })
      await moderate(data.review.id, { action: "approve" })
      await api.post(`/admin/reviews/${data.review.id}/reply`, { body: "Excuus, wij sturen een nieuwe." }, { headers: admin })
      expect((await publicList(product.id)).reviews[0].reply).toEqual(expect.objectContaining({ body: "Excuus, wij sturen een nieuwe." }))
      await api.post(`/admin/reviews/${data.review.id}/reply`, { body: "Excuus, de nieuwe is verzonden." }, { headers: admin })
      expect((await publicList(product.id)).reviews[0].reply.body).toBe("Excuus, de nieuwe is verzonden.")
      await api.delete(`/admin/reviews/${data.review.id}/reply`, {
        headers: admin,
      })
      expect((await publicList(product.id)).reviews[0].reply).toBeNull()
      const { data: detail } = await api.get(`/admin/reviews/${data.review.id}`, { headers: admin })
      expect(detail.audit.map((a: any) => a.action)).toEqual(["submitted", "approved", "reply_added", "reply_edited", "reply_removed"])
    })

    it("should count helpful votes once per customer, toggle them, refuse one's own, and stay right with 20 voters at once", async () => {
      const product = freshProduct()
      const author = await registerCustomer(api, shop)
      const { data } = await submit(author, {
        product_id: product.id,
        rating: 4,
      })
      const id = data.review.id
      const pending = await api.post(`/store/reviews/${id}/vote`, {}, { headers: author.headers, ...ok })
      expect(pending.status).toBe(404)
      await moderate(id, { action: "approve" })
      const selfVote = await api.post(`/store/reviews/${id}/vote`, {}, { headers: author.headers, ...ok })
      expect(selfVote.status).toBe(400)
      expect(selfVote.data.message).toContain("own review")

      const voters = await Promise.all(Array.from({ length: 20 }, () => registerCustomer(api, shop)))
      const votes = await Promise.all(voters.map((v) => api.post(`/store/reviews/${id}/vote`, {}, { headers: v.headers, ...ok })))
      expect(votes.map((v) => v.status)).toEqual(Array(20).fill(200))
      expect(votes.every((v) => v.data.vote.helpful)).toBe(true)
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      const count = async () =>
        (await knex.raw(`select helpful_count, (select count(*)::int from review_vote where review_id = ?) as votes from review where id = ?`, [id, id]))
          .rows[0]
      expect(await count()).toEqual({ helpful_count: 20, votes: 20 })
      expect((await publicList(product.id)).reviews[0].helpful_count).toBe(20)

      const unvotes = await Promise.all(voters.slice(0, 7).map((v) => api.post(`/store/reviews/${id}/vote`, {}, { headers: v.headers })))
      expect(unvotes.every((v) => v.data.vote.helpful === false)).toBe(true)
      expect(await count()).toEqual({ helpful_count: 13, votes: 13 })
    })

    it("should leave one final decision when two moderators decide the same review at once", async () => {
      const second = await createAdmin(api, getContainer(), "moderator2@softshop.test")
      const product = freshProduct()
      for (let round = 0; round < 4; round++) {
        const c = await registerCustomer(api, shop)
        const { data } = await submit(c, { product_id: product.id, rating: 3 })
        const [a, b] = await Promise.all([
          moderate(data.review.id, { action: "approve" }, admin),
          moderate(data.review.id, { action: "reject", reason_code: "off_topic" }, second),
        ])
        const statuses = [a.status, b.status].sort()
        expect(statuses).toEqual([200, 409])
        const winner = a.status === 200 ? "approved" : "rejected"
        const { data: detail } = await api.get(`/admin/reviews/${data.review.id}`, { headers: admin })
        expect(detail.review.status).toBe(winner)
        expect(detail.audit.filter((e: any) => e.action === "approved" || e.action === "rejected")).toHaveLength(1)
      }
      const { stored, recount } = await summaryAndRecount(api, getContainer(), shop, product.id)
      expect(stored).toEqual(recount)
    })

    it("should moderate in bulk with a reason and report each review's outcome", async () => {
      const product = freshProduct()
      const cs = await Promise.all([1, 2, 3].map(() => registerCustomer(api, shop)))
      const ids = []
      for (const c of cs) ids.push((await submit(c, { product_id: product.id, rating: 5 })).data.review.id)
      await moderate(ids[2], { action: "approve" })
      const { data } = await api.post("/admin/reviews/moderate", { ids, action: "reject", reason_code: "advertising", note: "Bulk" }, { headers: admin })
      expect(data).toEqual(expect.objectContaining({ succeeded: 2, failed: 1 }))
      expect(data.results[2]).toEqual(
        expect.objectContaining({
          id: ids[2],
          status: null,
          error: expect.stringContaining("approved"),
        })
      )
      const queue = await api.get(`/admin/reviews?product_id=${product.id}&status=rejected`, { headers: admin })
      expect(queue.data.reviews.map((r: any) => r.id).sort()).toEqual(ids.slice(0, 2).sort())
      expect(queue.data.reviews[0].customer.email).toMatch(/@example\.nl$/)
      await expectSummaryRight(product.id, { count: 1, average: 5 })
    })

    it("should flag links and listed words for a human without deciding anything, and filter the queue by flag", async () => {
      const product = freshProduct()
      const c = await registerCustomer(api, shop)
      const options = service().getOptions()
      options.flagWords = ["namaak"]
      try {
        const { data } = await submit(c, {
          product_id: product.id,
          rating: 1,
          body: "Namaak! Koop liever op https://elders.example",
        })
        expect(data.review.status).toBe("pending")
        const flagged = await api.get(`/admin/reviews?product_id=${product.id}&flagged=true`, { headers: admin })
        expect(flagged.data.reviews[0].flags.sort()).toEqual(["link", "word_list"])
        expect((await api.get(`/admin/reviews?product_id=${product.id}&flagged=false`, { headers: admin })).data.count).toBe(0)
      } finally {
        options.flagWords = []
      }
    })

    it("should version the moderation policy and the 'how we check' text and use the cited version", async () => {
      const product = freshProduct()
      const c = await registerCustomer(api, shop)
      const policies = await api.get("/admin/review-policies", {
        headers: admin,
      })
      const v1 = policies.data.review_policies[0]
      const published = await api.post(
        "/admin/review-policies",
        {
          reasons: [
            ...v1.reasons,
            {
              code: "duplicate",
              label: { nl: "Dubbele review", en: "Duplicate review" },
              description: {
                nl: "Deze review staat er al.",
                en: "This review is already there.",
              },
            },
          ],
        },
        { headers: admin }
      )
      expect(published.status).toBe(201)
      const version = published.data.review_policy.version
      expect(version).toBe(v1.version + 1)
      const dupCodes = await api.post("/admin/review-policies", { reasons: [v1.reasons[0], v1.reasons[0]] }, { headers: admin, ...ok })
      expect(dupCodes.status).toBe(400)
      const { data } = await submit(c, {
        product_id: product.id,
        rating: 4,
        locale: "en",
      })
      await moderate(data.review.id, {
        action: "reject",
        reason_code: "duplicate",
      })
      const mail = await waitForMail(c.email, "was not published")
      expect(mail.text).toContain("Reason: Duplicate review")
      expect(mail.text).toContain(`Moderation policy version ${version}`)
      const storePolicy = await api.get("/store/reviews/policy?locale=en", {
        headers: shop.headers,
      })
      expect(storePolicy.data.policy.reasons.map((r: any) => r.code)).toContain("duplicate")

      const nl = await api.get("/store/reviews/check-text?locale=nl", {
        headers: shop.headers,
      })
      expect(nl.data.check_text.body).toContain("vóór publicatie")
      await api.post(
        "/admin/review-check-texts",
        {
          body_nl: "Nieuwe uitleg over hoe wij reviews controleren.",
          body_en: "New explanation of how we check reviews.",
        },
        { headers: admin }
      )
      const en = await api.get("/store/reviews/check-text?locale=en", {
        headers: shop.headers,
      })
      expect(en.data.check_text).toEqual(
        expect.objectContaining({
          version: nl.data.check_text.version + 1,
          body: "New explanation of how we check reviews.",
        })
      )
      expect((await api.get("/admin/review-check-texts", { headers: admin })).data.count).toBe(2)
    })

    it("should report and repair summary drift", async () => {
      const product = freshProduct()
      const c = await registerCustomer(api, shop)
      const { data } = await submit(c, { product_id: product.id, rating: 5 })
      await moderate(data.review.id, { action: "approve" })
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      await knex.raw(`update review_summary set review_count = 7, star_5 = 0 where product_id = ?`, [product.id])
      const { data: repair } = await api.post("/admin/reviews/summaries/repair", {}, { headers: admin })
      expect(repair.repair.drift).toEqual([
        expect.objectContaining({
          product_id: product.id,
          stored: expect.objectContaining({ review_count: 7 }),
          actual: expect.objectContaining({ review_count: 1, star_5: 1 }),
        }),
      ])
      await expectSummaryRight(product.id, { count: 1, average: 5 })
      expect((await api.post("/admin/reviews/summaries/repair", {}, { headers: admin })).data.repair.drift).toEqual([])
    })

    it("should take a summary repair back exactly when a later step of its workflow fails", async () => {
      const drifted = freshProduct()
      const missing = freshProduct()
      for (const [product, rating] of [
        [drifted, 4],
        [missing, 2],
      ] as const) {
        const c = await registerCustomer(api, shop)
        const { data } = await submit(c, { product_id: product.id, rating })
        await moderate(data.review.id, { action: "approve" })
      }
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      await knex.raw(`update review_summary set review_count = 3, rating_sum = 9, star_4 = 0 where product_id = ?`, [drifted.id])
      await knex.raw(`delete from review_summary where product_id = ?`, [missing.id])
      const counters = async (productId: string) =>
        knex("review_summary")
          .where({ product_id: productId, deleted_at: null })
          .select("review_count", "rating_sum", "star_1", "star_2", "star_3", "star_4", "star_5")
      const before = { drifted: await counters(drifted.id), missing: await counters(missing.id) }
      expect(before.missing).toEqual([])

      const { errors } = await repairThenFail(getContainer()).run({ throwOnError: false })
      expect(errors).toHaveLength(1)
      // The compensation put the drift back: the corrected row as it was, the row the repair created gone.
      expect({ drifted: await counters(drifted.id), missing: await counters(missing.id) }).toEqual(before)

      const { data: repair } = await api.post("/admin/reviews/summaries/repair", {}, { headers: admin })
      expect(repair.repair.drift.map((d: { product_id: string }) => d.product_id).sort()).toEqual(expect.arrayContaining([drifted.id, missing.id]))
      await expectSummaryRight(drifted.id, { count: 1, average: 4 })
      await expectSummaryRight(missing.id, { count: 1, average: 2 })
    })

    it("should answer 404 for unknown, unpublished or unsold products and for another customer's review", async () => {
      const a = await registerCustomer(api, shop)
      const b = await registerCustomer(api, shop)
      const { data: draft } = await api.post(
        "/admin/products",
        {
          title: "Concept",
          status: "draft",
          options: [{ title: "Maat", values: ["M"] }],
        },
        { headers: admin }
      )
      const { data: unsold } = await api.post(
        "/admin/products",
        {
          title: "Niet in kanaal",
          status: "published",
          options: [{ title: "Maat", values: ["M"] }],
        },
        { headers: admin }
      )
      for (const productId of ["prod_unknown", draft.product.id, unsold.product.id]) {
        expect((await submit(a, { product_id: productId, rating: 5 })).status).toBe(404)
        expect(
          (
            await api.get(`/store/reviews?product_id=${productId}`, {
              headers: shop.headers,
              ...ok,
            })
          ).status
        ).toBe(404)
        expect(
          (
            await api.get(`/store/reviews/summary?product_id=${productId}`, {
              headers: shop.headers,
              ...ok,
            })
          ).status
        ).toBe(404)
      }
      const product = freshProduct()
      const { data } = await submit(a, { product_id: product.id, rating: 4 })
      const id = data.review.id
      const attempts = [
        api.post(`/store/reviews/${id}`, { rating: 1 }, { headers: b.headers, ...ok }),
        api.delete(`/store/reviews/${id}`, { headers: b.headers, ...ok }),
        api.post(`/store/reviews/${id}/identity`, { identity: "anonymous" }, { headers: b.headers, ...ok }),
        api.post(`/store/reviews/${id}/photos`, { content_base64: "aGVsbG8=" }, { headers: b.headers, ...ok }),
      ]
      for (const res of await Promise.all(attempts)) {
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(`Review ${id} was not found`)
      }
      expect((await own(b)).map((r: any) => r.id)).not.toContain(id)
      expect((await api.post("/store/reviews", { product_id: product.id, rating: 4 }, { headers: shop.headers, ...ok })).status).toBe(401)
    })

    async function waitForMail(email: string, subject: string, n = 1) {
      const deadline = Date.now() + 15_000
      while (Date.now() < deadline) {
        const found = mailsTo(email, subject)
        if (found.length >= n) return found[n - 1]
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`no mail "${subject}" #${n} to the test customer`)
    }
  },
})

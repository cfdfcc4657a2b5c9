import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bid, createLot } from "../../helpers/auctions"
import { enter, publishedContest } from "../../helpers/contests"
import { publishConsentText } from "../../helpers/newsletter"
import { intakeBody, useBackupStores } from "../../helpers/repairs"
import { seededProducts } from "../../helpers/reviews"
import { adminHeaders, registerCustomer, seedShop, SeededShop } from "../../helpers/shop"

jest.setTimeout(300_000)

useBackupStores()

/**
 * The plugins' read-only module links (`src/links/`): Query joins the record whose id a plugin stores,
 * and no link table exists (a read-only link has none, so it needs no migration).
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: Record<string, string>
    const ok = { validateStatus: () => true }
    const graph = async (entity: string, fields: string[], id: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity, fields, filters: { id } })
      return data[0] as any
    }

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await adminHeaders(api)
    })

    it("should join review → product and review → customer", async () => {
      const [product] = await seededProducts(getContainer())
      const c = await registerCustomer(api, shop)
      const res = await api.post("/store/reviews", { product_id: product.id, rating: 4 }, { headers: c.headers, ...ok })
      expect(res.status).toBe(201)
      const row = await graph("review", ["id", "product.id", "product.title", "customer.id", "customer.email"], res.data.review.id)
      expect(row.product).toEqual(expect.objectContaining({ id: product.id }))
      expect(row.customer).toEqual(expect.objectContaining({ id: c.customer.id, email: c.email }))
    })

    it("should join repair_order → customer", async () => {
      const c = await registerCustomer(api, shop)
      const res = await api.post("/admin/repairs", intakeBody({ customer_id: c.customer.id }), { headers: admin, ...ok })
      expect(res.status).toBe(201)
      const row = await graph("repair_order", ["id", "customer.id", "customer.email"], res.data.repair.id)
      expect(row.customer).toEqual(expect.objectContaining({ id: c.customer.id, email: c.email }))
    })

    it("should join contest_entry → customer", async () => {
      const contest = await publishedContest(api, admin, shop.headers)
      const c = await registerCustomer(api, shop)
      const res = await enter(api, contest.id, c.headers, { terms_version: contest.terms_version })
      expect(res.status).toBe(201)
      const row = await graph("contest_entry", ["id", "customer.id", "customer.email"], res.data.entry.id)
      expect(row.customer).toEqual(expect.objectContaining({ id: c.customer.id, email: c.email }))
    })

    it("should join auction_lot → product variant and auction_bid → customer", async () => {
      const lot = await createLot(api, admin, shop)
      const c = await registerCustomer(api, shop)
      const res = await bid(api, lot.id, c.headers, 10)
      expect(res.status).toBe(200)
      const lotRow = await graph("auction_lot", ["id", "product_variant.id", "product_variant.sku"], lot.id)
      expect(lotRow.product_variant).toEqual(expect.objectContaining({ id: shop.variantId, sku: "SV-27QHD" }))
      const bidRow = await graph("auction_bid", ["id", "customer.id", "customer.email"], res.data.bid.id)
      expect(bidRow.customer).toEqual(expect.objectContaining({ id: c.customer.id, email: c.email }))
    })

    it("should join newsletter_subscription → customer", async () => {
      await publishConsentText(api, admin)
      const c = await registerCustomer(api, shop)
      const res = await api.post("/store/newsletter-subscriptions/me", { subscribed: true }, { headers: c.headers, ...ok })
      expect(res.status).toBe(200)
      const newsletter = getContainer().resolve("newsletter") as any
      const [sub] = await newsletter.listSubscriptions({ customer_id: c.customer.id }, { select: ["id"] })
      const row = await graph("newsletter_subscription", ["id", "customer.id", "customer.email"], sub.id)
      expect(row.customer).toEqual(expect.objectContaining({ id: c.customer.id, email: c.email }))
    })

    it("should join the privacy records (request, consent, legal hold) → customer", async () => {
      const c = await registerCustomer(api, shop)
      const res = await api.post("/store/privacy/erasure-requests", { password: c.password }, { headers: c.headers, ...ok })
      expect(res.status).toBe(201)
      const request = await graph("privacy_data_subject_request", ["id", "customer.id", "customer.email"], res.data.data_subject_request.id)
      expect(request.customer).toEqual(expect.objectContaining({ id: c.customer.id, email: c.email }))

      const privacy = getContainer().resolve("privacy") as any
      const [consent] = await privacy.createConsentRecords([
        {
          customer_id: c.customer.id,
          category: "marketing",
          granted: true,
          policy_text_id: "ptxt_links",
          policy_text_version: "1",
          policy_text_hash: "h",
          recorded_at: new Date(),
        },
      ])
      const [hold] = await privacy.createLegalHolds([{ customer_id: c.customer.id, reason: "dispute", created_by: "user_links" }])
      for (const [entity, id] of [
        ["privacy_consent_record", consent.id],
        ["privacy_legal_hold", hold.id],
      ]) {
        const row = await graph(entity, ["id", "customer.id", "customer.email"], id)
        expect(row.customer).toEqual(expect.objectContaining({ id: c.customer.id, email: c.email }))
      }
      await privacy.deleteLegalHolds([hold.id])
    })

    it("should have created no link table for them", async () => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      const { rows } = await knex.raw(
        `select table_name from information_schema.tables where table_schema = current_schema() and table_name ~ '^(review|repair|contest|auction|newsletter|privacy)_.*(customer|product)'`
      )
      expect(rows.map((r: { table_name: string }) => r.table_name)).toEqual([])
      // The plugins' own tables are there (the query above would see a link table next to them).
      const own = await knex.raw(
        `select count(*)::int as n from information_schema.tables where table_schema = current_schema() and table_name in ('review', 'repair_order', 'contest_entry', 'auction_bid', 'newsletter_subscription', 'privacy_legal_hold')`
      )
      expect(own.rows[0].n).toBe(6)
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CATALOGUE } from "../../../src/scripts/seed-catalogue"
import { seedShop, SeededShop } from "../../helpers/shop"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop

    beforeAll(async () => {
      shop = await seedShop(getContainer())
    })

    it("should serve the demo catalogue through the Store API with the seeded publishable key", async () => {
      const { data } = await api.get(`/store/products?limit=50&region_id=${shop.regionId}&fields=handle,*variants.calculated_price`, {
        headers: shop.headers,
      })
      expect(data.products.map((p: { handle: string }) => p.handle).sort()).toEqual(CATALOGUE.map((p) => p.handle).sort())
      const monitor = data.products.find((p: { handle: string }) => p.handle === "softview-27-qhd")
      expect(monitor.variants[0].calculated_price.calculated_amount).toBeGreaterThan(0)
      expect(data.products.find((p: { handle: string }) => p.handle === "pc-herinstallatie")).toBeDefined()
    })

    it("should refuse the Store API without a publishable key", async () => {
      const res = await api.get("/store/products", { validateStatus: () => true })
      expect(res.status).toBe(400)
    })

    it("should create the Benelux region in euro with 21% VAT", async () => {
      const container = getContainer()
      const region = await container.resolve(Modules.REGION).retrieveRegion(shop.regionId, { relations: ["countries"] })
      expect(region.currency_code).toBe("eur")
      expect(region.countries!.map((c) => c.iso_2).sort()).toEqual(["be", "nl"])
      const rates = await container.resolve(Modules.TAX).listTaxRates({ tax_region: { country_code: ["nl", "be"] } } as any)
      expect(rates.map((r) => r.rate)).toEqual([21, 21])
    })

    it("should change nothing when the seed runs a second time", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
      const before = await Promise.all(["product", "region", "shipping_option", "api_key", "user", "inventory_level"].map(count))
      const again = await seedShop(container)
      const after = await Promise.all(["product", "region", "shipping_option", "api_key", "user", "inventory_level"].map(count))
      expect(after).toEqual(before)
      expect(again.publishableKey).toBe(shop.publishableKey)
    })

    it("should publish the newsletter consent text in Dutch and English so the form works at once", async () => {
      for (const locale of ["nl", "en"]) {
        const { data } = await api.get(`/store/newsletter-consent-texts?locale=${locale}`, { headers: shop.headers })
        expect(data.consent_text).toEqual(expect.objectContaining({ locale, version: 1, body: expect.stringContaining("Softshop") }))
      }
    })

    it("should let the seeded admin log in", async () => {
      const res = await api.post("/auth/user/emailpass", { email: "admin@softshop.test", password: "softshop-admin" })
      expect(res.data.token).toEqual(expect.any(String))
      const me = await api.get("/admin/users/me", { headers: { authorization: `Bearer ${res.data.token}` } })
      expect(me.data.user.email).toBe("admin@softshop.test")
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminHeaders, prepareCart, registerCustomer, seedShop, SeededShop } from "../../helpers/shop"
import { placeOrder, personaFor, registerPersona, setClock } from "../../helpers/privacy"
import { publishConsentText, subscribe } from "../../helpers/newsletter"

jest.setTimeout(240_000)

/**
 * Issue 10 items 9–12 and 16, through the HTTP API of the booted shop with its default configuration
 * (no TRUST_PROXY, ownership on). The request-hardening layer lives in the privacy plugin
 * (src/api/hardening, src/api/ownership).
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: Record<string, string>
    const ok = { validateStatus: () => true }

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await adminHeaders(api)
    })
    afterEach(() => setClock(getContainer(), null))

    describe("hostile input (item 9)", () => {
      it("should answer 400 naming the problem for NUL bytes in path, query and JSON body, on core and plugin routes", async () => {
        const c = await registerCustomer(api, shop)
        const cases: Array<[Promise<{ status: number; data: any }>, RegExp]> = [
          [api.get("/store/auctions/abc%00", { headers: shop.headers, ...ok }), /path contains a NUL byte/],
          [api.get("/store/products/prod%00x", { headers: shop.headers, ...ok }), /path contains a NUL byte/],
          [api.get("/store/products?q=%00", { headers: shop.headers, ...ok }), /query string contains a NUL byte/],
          [api.get("/admin/customers?q=a%00b", { headers: admin, ...ok }), /query string contains a NUL byte/],
          [
            api.post(
              "/store/customers/me/addresses",
              { first_name: "Jan", address_1: "Kerkstraat 1", city: "Utrecht\u0000", country_code: "nl" },
              { headers: c.headers, ...ok }
            ),
            /body\.city contains a NUL byte/,
          ],
          [
            api.post("/store/newsletter-subscriptions", { email: "a@b.nl", source: ["x\u0000"] }, { headers: shop.headers, ...ok }),
            /body\.source\[0\] contains a NUL byte/,
          ],
        ]
        for (const [res, message] of cases) {
          const r = await res
          expect({ status: r.status, type: r.data?.type }).toEqual({ status: 400, type: "invalid_data" })
          expect(r.data.message).toMatch(message)
        }
      })

      it("should answer 400 for a path that is not valid percent-encoding, in plugin and core routes", async () => {
        for (const path of ["/store/auctions/%E0%A4%A", "/store/products/%E0%A4%A", "/admin/auctions/%E0%A4%A", "/privacy/export-download/%E0%A4%A"]) {
          const headers = path.startsWith("/admin") ? admin : shop.headers
          const res = await api.get(path, { headers, ...ok })
          expect({ path, status: res.status }).toEqual({ path, status: 400 })
          expect(res.data.message).toBe("The request path is not valid percent-encoding")
        }
      })

      it("should answer 404 for payment sessions of an unknown payment collection", async () => {
        const c = await registerCustomer(api, shop)
        const res = await api.post(
          "/store/payment-collections/pay_col_doesnotexist/payment-sessions",
          { provider_id: "pp_system_default" },
          { headers: c.headers, ...ok }
        )
        expect(res.status).toBe(404)
        expect(res.data.type).toBe("not_found")
      })
    })

    describe("trust proxy (item 10)", () => {
      it("should ignore X-Forwarded-For without TRUST_PROXY: the consent ledger records the socket address", async () => {
        await publishConsentText(api, admin, "nl")
        const email = `xff-${Date.now()}@example.nl`
        const res = await subscribe(api, shop, { email, source: "footer" }, { "x-forwarded-for": "203.0.113.77" })
        expect(res.status).toBe(202)
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        const rows = await knex("newsletter_consent_event").select("ip")
        expect(rows.length).toBeGreaterThan(0)
        for (const row of rows) {
          expect(row.ip).not.toContain("203.0.113.77")
          expect(row.ip).toMatch(/127\.0\.0\.1|::1/)
        }
      })

      it("should not let a changing X-Forwarded-For escape the per-IP login limit", async () => {
        // loginRateLimitIp: 50 failures per 15 minutes; each attempt claims another address and another account.
        // The counters outlive a test (cache module): this one runs in a window of its own, two days ahead.
        setClock(getContainer(), new Date(Date.now() + 2 * 86_400_000))
        const statuses: number[] = []
        for (let i = 0; i < 51; i++) {
          const res = await api.post(
            "/auth/customer/emailpass",
            { email: `nobody${i}@example.nl`, password: "wrong" },
            { headers: { "x-forwarded-for": `198.51.100.${i}` }, ...ok }
          )
          statuses.push(res.status)
        }
        expect(statuses.slice(0, 50).every((s) => s === 401)).toBe(true)
        expect(statuses[50]).toBe(429)
      })
    })

    describe("login rate limit (item 11)", () => {
      it("should refuse the right customer password after 10 wrong ones with 429 + Retry-After, per account, and reopen after the window", async () => {
        const c = await registerCustomer(api, shop)
        const other = await registerCustomer(api, shop)
        for (let i = 0; i < 10; i++) {
          expect((await api.post("/auth/customer/emailpass", { email: c.email, password: `fout-${i}` }, ok)).status).toBe(401)
        }
        const limited = await api.post("/auth/customer/emailpass", { email: c.email.toUpperCase(), password: c.password }, ok)
        expect(limited.status).toBe(429)
        const retry = Number(limited.headers["retry-after"])
        expect(retry).toBeGreaterThan(0)
        expect(retry).toBeLessThanOrEqual(900)
        expect(limited.data).toEqual({ type: "too_many_requests", message: `Too many login attempts; try again in ${retry} seconds` })
        expect(limited.data.token).toBeUndefined()
        // The counters are in Medusa's cache module under HMAC keys: no e-mail address in a key.
        const store = (getContainer().resolve(Modules.CACHE) as unknown as { store: Map<string, unknown> }).store
        expect(store).toBeInstanceOf(Map)
        const keys = [...store.keys()]
        expect(keys.filter((k) => k.startsWith("privacy:rate:login:")).length).toBeGreaterThan(0)
        expect(keys.filter((k) => k.toLowerCase().includes(c.email.toLowerCase()) || k.includes("@"))).toEqual([])
        // Another account from the same address still logs in.
        expect((await api.post("/auth/customer/emailpass", { email: other.email, password: other.password }, ok)).status).toBe(200)

        setClock(getContainer(), new Date(Date.now() + 15 * 60_000 + 1000))
        expect((await api.post("/auth/customer/emailpass", { email: c.email, password: c.password }, ok)).status).toBe(200)
      })

      it("should count only failures: many successful logins are never limited", async () => {
        const c = await registerCustomer(api, shop)
        for (let i = 0; i < 14; i++) {
          expect((await api.post("/auth/customer/emailpass", { email: c.email, password: c.password }, ok)).status).toBe(200)
        }
      })

      it("should limit admin logins and password reset requests the same way", async () => {
        const email = process.env.ADMIN_EMAIL ?? "admin@softshop.test"
        for (let i = 0; i < 10; i++) {
          expect((await api.post("/auth/user/emailpass", { email, password: `fout-${i}` }, ok)).status).toBe(401)
        }
        const res = await api.post("/auth/user/emailpass", { email, password: process.env.ADMIN_PASSWORD ?? "softshop-admin" }, ok)
        expect(res.status).toBe(429)
        expect(Number(res.headers["retry-after"])).toBeGreaterThan(0)

        const c = await registerCustomer(api, shop)
        for (let i = 0; i < 5; i++) {
          expect((await api.post("/auth/customer/emailpass/reset-password", { identifier: c.email }, ok)).status).toBe(201)
        }
        const reset = await api.post("/auth/customer/emailpass/reset-password", { identifier: c.email }, ok)
        expect(reset.status).toBe(429)
        expect(reset.data.message).toMatch(/^Too many password reset requests; try again in \d+ seconds$/)
      })
    })

    describe("ownership (item 12)", () => {
      it("should serve a store order only to its customer's session", async () => {
        const p = personaFor("own")
        const owner = await registerPersona(api, shop, p)
        const orderId = await placeOrder(api, shop, owner.headers, p)
        const other = await registerCustomer(api, shop)

        const anonymous = await api.get(`/store/orders/${orderId}`, { headers: shop.headers, ...ok })
        expect(anonymous.status).toBe(404)
        expect(JSON.stringify(anonymous.data)).not.toContain(p.email)
        const stranger = await api.get(`/store/orders/${orderId}`, { headers: other.headers, ...ok })
        expect(stranger.status).toBe(404)
        expect(JSON.stringify(stranger.data)).not.toContain(p.last_name)
        const mine = await api.get(`/store/orders/${orderId}`, { headers: owner.headers, ...ok })
        expect(mine.status).toBe(200)
        expect(mine.data.order.email).toBe(p.email)
      })

      it("should keep a customer's cart, and payment sessions for it, to that customer", async () => {
        const a = await registerCustomer(api, shop)
        const b = await registerCustomer(api, shop)
        const cartId = await prepareCart(api, shop, b.headers, b.email)
        const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: b.headers })

        const attempts = await Promise.all([
          api.get(`/store/carts/${cartId}`, { headers: a.headers, ...ok }),
          api.get(`/store/carts/${cartId}`, { headers: shop.headers, ...ok }),
          api.post(`/store/carts/${cartId}`, { email: a.email }, { headers: a.headers, ...ok }),
          api.post(`/store/carts/${cartId}/line-items`, { variant_id: shop.variantId, quantity: 1 }, { headers: a.headers, ...ok }),
          api.post(`/store/carts/${cartId}/complete`, {}, { headers: a.headers, ...ok }),
          api.post("/store/payment-collections", { cart_id: cartId }, { headers: a.headers, ...ok }),
          api.post(
            `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
            { provider_id: "pp_system_default" },
            { headers: a.headers, ...ok }
          ),
        ])
        for (const res of attempts) {
          expect(res.status).toBe(404)
          expect(JSON.stringify(res.data)).not.toContain(b.email)
        }
        const cart = await api.get(`/store/carts/${cartId}`, { headers: b.headers })
        expect(cart.data.cart.email).toBe(b.email)
        expect(cart.data.cart.items).toHaveLength(1)
        const session = await api.post(
          `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          { headers: b.headers, ...ok }
        )
        expect(session.status).toBe(200)
      })

      it("should leave a guest cart usable by whoever holds its id", async () => {
        const { data } = await api.post("/store/carts", { region_id: shop.regionId }, { headers: shop.headers })
        const res = await api.post(`/store/carts/${data.cart.id}`, { email: "gast@example.nl" }, { headers: shop.headers, ...ok })
        expect(res.status).toBe(200)
        expect((await api.get(`/store/carts/${data.cart.id}`, { headers: shop.headers, ...ok })).status).toBe(200)
      })
    })

    describe("headers (item 16)", () => {
      it("should send helmet's headers on plugin HTML pages: no framing, no sniffing, no store", async () => {
        for (const path of ["/newsletter/confirm?token=abcdefghijklmnopqrstuvwxyz", "/newsletter/unsubscribe?token=abcdefghijklmnopqrstuvwxyz"]) {
          const res = await api.get(path, ok)
          expect(String(res.headers["content-type"])).toMatch(/^text\/html/)
          expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'")
          expect(res.headers["content-security-policy"]).toContain("default-src 'none'")
          expect(res.headers["x-frame-options"]).toBe("DENY")
          expect(res.headers["x-content-type-options"]).toBe("nosniff")
          expect(res.headers["cache-control"]).toBe("no-store")
          expect(res.headers["x-powered-by"]).toBeUndefined()
        }
      })

      it("should send no-store and nosniff on personal-data responses, and no X-Powered-By anywhere", async () => {
        const c = await registerCustomer(api, shop)
        const responses = await Promise.all([
          api.get("/store/customers/me", { headers: c.headers }),
          api.get("/store/orders", { headers: c.headers }),
          api.get("/store/privacy/export", { headers: c.headers }),
          api.get("/admin/privacy/requests", { headers: admin }),
          api.get("/admin/customers", { headers: admin }),
          api.post("/auth/customer/emailpass", { email: c.email, password: c.password }),
        ])
        for (const res of responses) {
          expect(res.status).toBe(200)
          expect(res.headers["cache-control"]).toBe("no-store")
          expect(res.headers["x-content-type-options"]).toBe("nosniff")
          expect(res.headers["x-powered-by"]).toBeUndefined()
        }
        const products = await api.get("/store/products", { headers: shop.headers })
        expect(products.headers["x-powered-by"]).toBeUndefined()
        expect(products.headers["x-frame-options"]).toBe("DENY")
      })
    })
  },
})

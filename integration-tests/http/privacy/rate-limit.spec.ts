import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedShop, SeededShop } from "../../helpers/shop"
import { createAdmin, personaFor, registerPersona, setClock } from "../../helpers/privacy"

jest.setTimeout(240_000)

/**
 * The shop's default limits (plugin options): erasure requests 5 per customer and 20 per IP per 15 minutes;
 * consent changes 20 per visitor (or customer) and 300 per IP per 10 minutes. This file trusts the loopback
 * proxy (TRUST_PROXY), so X-Forwarded-For sets the client IP; every test uses its own addresses because the counters live in
 * the cache module, which the runner does not reset between tests.
 */
// Loopback is the "proxy" here: X-Forwarded-For from the test client sets the client IP (README "Security").
// Set before the runner's beforeAll loads medusa-config (its `env` option is applied only after that).
beforeAll(() => {
  process.env.TRUST_PROXY = "loopback"
})
afterAll(() => {
  delete process.env.TRUST_PROXY
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: { authorization: string }
    let textId: string
    const ok = { validateStatus: () => true }
    const from = (ip: string, headers: Record<string, string>) => ({ headers: { ...headers, "x-forwarded-for": ip }, ...ok })

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await createAdmin(api, getContainer())
    })
    beforeEach(async () => {
      // The limits count in fixed windows (600 s, 900 s): start every test just after a full hour, so no test's
      // burst straddles a window boundary (a burst that did was split over two windows and not limited).
      setClock(getContainer(), new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 1000))
      const { data } = await api.post(
        "/admin/privacy/policy-texts",
        { kind: "cookies", version: "rl-1", locale: "nl", body: "Cookietekst" },
        { headers: admin }
      )
      textId = data.policy_text.id
    })
    afterEach(() => setClock(getContainer(), null))

    /** One shop-issued (signed) visitor id per name, as a storefront keeps it. */
    const visitors: Record<string, string> = {}
    const vid = (name: string) => {
      const { issueVisitorId } = require("@softshop/medusa-privacy/utils/visitor-id")
      return (visitors[name] ??= issueVisitorId(getContainer().resolve("privacy")).visitor_id)
    }
    const customer = async (tag: string) => registerPersona(api, shop, personaFor(tag))
    const erasure = (ip: string, headers: Record<string, string>, password: string) =>
      api.post("/store/privacy/erasure-requests", { password }, from(ip, headers))
    const choose = (ip: string, visitor_id: string, headers: Record<string, string> = shop.headers) =>
      api.post("/store/privacy/consents", { visitor_id, policy_text_id: textId, choices: { analytics: true, marketing: false } }, from(ip, headers))
    const withdraw = (ip: string, visitor_id: string, headers: Record<string, string> = shop.headers) =>
      api.post("/store/privacy/consents/withdraw", { visitor_id }, from(ip, headers))
    const expectLimited = (res: { status: number; headers: any; data: any }, what: string, maxSeconds: number) => {
      expect(res.status).toBe(429)
      const retry = Number(res.headers["retry-after"])
      expect(retry).toBeGreaterThan(0)
      expect(retry).toBeLessThanOrEqual(maxSeconds)
      expect(res.data).toEqual({ type: "too_many_requests", message: `Too many ${what}; try again in ${retry} seconds` })
    }

    it("should stop password guessing on erasure requests per customer, and reopen after the window", async () => {
      const c = await customer("guess")
      for (let i = 0; i < 5; i++) expect((await erasure("198.51.100.1", c.headers, `fout-${i}`)).status).toBe(401)
      expectLimited(await erasure("198.51.100.1", c.headers, "fout-5"), "erasure requests", 900)
      // The limit is the customer's: the right password from another address is refused too.
      expectLimited(await erasure("198.51.100.2", c.headers, c.password), "erasure requests", 900)
      const other = await customer("guessother")
      expect((await erasure("198.51.100.1", other.headers, "fout")).status).toBe(401)

      setClock(getContainer(), new Date((getContainer().resolve("privacy") as any).now().getTime() + 15 * 60_000 + 1000))
      const res = await erasure("198.51.100.1", c.headers, c.password)
      expect(res.status).toBe(201)
      expect(res.data.data_subject_request.status).toBe("cooling_off")
    })

    it("should limit erasure requests per IP address across customers", async () => {
      const customers = await Promise.all([0, 1, 2, 3, 4].map((i) => customer(`ip${i}`)))
      for (const c of customers.slice(0, 4)) {
        for (let i = 0; i < 5; i++) expect((await erasure("198.51.100.10", c.headers, `fout-${i}`)).status).toBe(401)
      }
      const fifth = customers[4]
      expectLimited(await erasure("198.51.100.10", fifth.headers, fifth.password), "erasure requests", 900)
      const elsewhere = await erasure("198.51.100.11", fifth.headers, fifth.password)
      expect(elsewhere.status).toBe(201)
    })

    it("should not count a request that fails validation", async () => {
      const c = await customer("invalid")
      for (let i = 0; i < 8; i++) expect((await api.post("/store/privacy/erasure-requests", { pass: "x" }, from("198.51.100.20", c.headers))).status).toBe(400)
      expect((await erasure("198.51.100.20", c.headers, c.password)).status).toBe(201)
    })

    it("should limit consent changes per visitor id, choices and withdrawals together", async () => {
      for (let i = 0; i < 20; i++) {
        const res = i % 2 ? await withdraw("198.51.100.30", vid("visitor-rl-one")) : await choose("198.51.100.30", vid("visitor-rl-one"))
        expect(res.status).toBe(i % 2 ? 200 : 201)
      }
      expectLimited(await choose("198.51.100.31", vid("visitor-rl-one")), "consent changes", 600)
      expectLimited(await withdraw("198.51.100.31", vid("visitor-rl-one")), "consent changes", 600)
      expect((await choose("198.51.100.30", vid("visitor-rl-two"))).status).toBe(201)
      // Reading is never limited.
      const read = await api.get(`/store/privacy/consents?visitor_id=${vid("visitor-rl-one")}`, from("198.51.100.30", shop.headers))
      expect(read.status).toBe(200)
      expect(read.data.consent.categories.analytics.granted).toBe(false)
    })

    it("should count a logged-in customer's consent changes across visitor ids", async () => {
      const c = await customer("consentcust")
      for (let i = 0; i < 20; i++) expect((await choose("198.51.100.40", vid(`visitor-cust-${i % 3}`), c.headers)).status).toBe(201)
      expectLimited(await choose("198.51.100.41", vid("visitor-cust-new"), c.headers), "consent changes", 600)
      expect((await choose("198.51.100.41", vid("visitor-cust-new"))).status).toBe(201)
    })

    it("should limit consent changes per IP address across visitors", async () => {
      const ip = "198.51.100.50"
      for (let batch = 0; batch < 12; batch++) {
        const results = await Promise.all(Array.from({ length: 25 }, (_, i) => choose(ip, vid(`visitor-ip-${batch}-${i}`))))
        expect(results.map((r) => r.status)).toEqual(Array(25).fill(201))
      }
      expectLimited(await choose(ip, vid("visitor-ip-last")), "consent changes", 600)
      expect((await choose("198.51.100.51", vid("visitor-ip-last"))).status).toBe(201)
    })
  },
})

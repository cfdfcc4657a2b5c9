import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, registerCustomer, seedShop, SeededShop } from "../../helpers/shop"
import { discoverPluginRoutes, fill, Method, namespaceOf, PluginRoute } from "../../helpers/routes"

jest.setTimeout(600_000)

/**
 * Guard (a) of issue 10: every route the plugins add — discovered from `plugins/* /src/api`, so new plugins
 * are covered without editing this file — and the core routes the hardening layer touches get a corpus of
 * bad input as an anonymous visitor, a customer and an admin. Nothing may answer 5xx (or not answer).
 *
 * Bounded: the full corpus goes to each route from the identities it is meant for (admin → /admin,
 * anonymous and customer → /store and the public pages); the others get a short one (they are refused
 * at authentication). A few thousand requests, four in flight.
 */

type Req = { method: Method; url: string; body?: unknown; rawBody?: string }
type Identity = { name: "anonymous" | "customer" | "admin"; headers: (ns: string) => Record<string, string> }

const UNKNOWN = "zz_unknown_0001"
const PATH_VALUES = [UNKNOWN, "abc%00def", "%E0%A4%A", "a".repeat(2048), "%27%22%3B--%20", "-1e308"]
const QUERIES = [
  "?limit=abc&offset=-1",
  "?limit=1e308&offset=-1e308",
  "?q=%00",
  "?q=%E0%A4%A",
  `?token=${"A".repeat(4000)}`,
  "?fields=%2Bnope_field,*nope",
  "?order=-nope_field",
  "?id[]=a&id[][b]=c",
  "?created_at[$gt]=not-a-date",
  `?${"a[".repeat(40)}=1`,
]
const deep = (n: number) => {
  let v: unknown = "x"
  for (let i = 0; i < n; i++) v = { a: v }
  return v
}
const FIXED_BODIES: Array<Pick<Req, "body" | "rawBody">> = [
  { body: {} },
  { body: [] },
  { rawBody: '{"a":' },
  { rawBody: '"\\u0000"' },
  { body: { email: "a\u0000@b.nl", name: "\u0000", title: "x\u0000", id: "\u0000" } },
  { body: deep(2000) },
  { body: { title: "x".repeat(1_048_576), email: "y".repeat(1_048_576) } },
  { body: { amount: 1e308, quantity: -1e308, limit: 1e308, price: -1e308 } },
]
const WRONG_VALUES: unknown[] = [1e308, -1e308, UNKNOWN, "x".repeat(100_000), [], { a: { b: 1 } }, true, null, "2026-13-45T99:99:99Z"]

/** Field names a 400 answer mentions ("Field 'title' is required", `at "increments"`). */
export function fieldsIn(message: unknown): string[] {
  const text = String(message ?? "")
  const names = new Set<string>()
  for (const m of text.matchAll(/Field '([\w.\[\]]+)'/g)) names.add(m[1].split(/[.[]/)[0])
  for (const m of text.matchAll(/at "([\w.\[\]]+)"/g)) names.add(m[1].split(/[.[]/)[0])
  return [...names].filter(Boolean)
}

/** Core routes the hardening layer guards (ownership, payment sessions, NUL bytes reaching PostgreSQL). */
const CORE_ROUTES: PluginRoute[] = [
  { path: "/store/orders/:id", methods: ["GET"] },
  { path: "/store/carts/:id", methods: ["GET", "POST"] },
  { path: "/store/carts/:id/line-items", methods: ["POST"] },
  { path: "/store/payment-collections", methods: ["POST"] },
  { path: "/store/payment-collections/:id/payment-sessions", methods: ["POST"] },
  { path: "/store/products/:id", methods: ["GET"] },
  { path: "/store/customers/me/addresses", methods: ["POST"] },
  { path: "/admin/customers", methods: ["GET"] },
  { path: "/admin/customers/:id", methods: ["GET", "POST"] },
  { path: "/admin/orders", methods: ["GET"] },
].map((r) => ({ plugin: "(medusa core)", file: "-", params: (r.path.match(/:(\w+)/g) ?? []).map((p) => p.slice(1)), stream: false, ...r }) as PluginRoute)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let identities: Identity[]

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      const admin = await adminHeaders(api)
      const customer = await registerCustomer(api, shop)
      const key = shop.headers
      identities = [
        { name: "anonymous", headers: (ns) => (ns === "store" ? { ...key } : {}) },
        { name: "customer", headers: (ns) => (ns === "store" ? customer.headers : { authorization: customer.headers.authorization }) },
        { name: "admin", headers: (ns) => (ns === "store" ? { ...key, ...admin } : admin) },
      ]
    })

    const routes = [...discoverPluginRoutes(), ...CORE_ROUTES]

    it("should discover the routes of every plugin that has an api folder", () => {
      const plugins = new Set(routes.map((r) => r.plugin))
      for (const p of ["auctions", "newsletter", "notification-nodemailer", "payment-multisafepay", "privacy"]) expect(plugins).toContain(p)
      const handlers = routes.filter((r) => r.plugin !== "(medusa core)").reduce((n, r) => n + r.methods.length, 0)
      expect(handlers).toBeGreaterThanOrEqual(70)
      // A route file that exports no handler is a discovery bug (or a dead file).
      expect(routes.filter((r) => !r.methods.length).map((r) => r.file)).toEqual([])
    })

    it("should answer every bad request below 500, for every route and identity", async () => {
      const failures: string[] = []
      let sent = 0

      async function send(who: Identity, route: PluginRoute, req: Req) {
        const ns = namespaceOf(req.url)
        const headers: Record<string, string> = { ...who.headers(ns) }
        let data: unknown = req.body
        if (req.rawBody !== undefined) {
          data = req.rawBody
          headers["content-type"] = "application/json"
        }
        sent++
        try {
          const res = await api.request({
            method: req.method,
            url: req.url,
            data: req.method === "GET" || req.method === "DELETE" ? undefined : data,
            headers,
            timeout: route.stream ? 1500 : 30_000,
            maxContentLength: Infinity,
            maxBodyLength: Infinity,
            transformRequest: req.rawBody !== undefined ? [(d: unknown) => d] : undefined,
            validateStatus: () => true,
          })
          if (res.status >= 500) {
            failures.push(`${who.name} ${req.method} ${req.url.slice(0, 120)} → ${res.status} ${JSON.stringify(res.data).slice(0, 160)}`)
          }
          return res
        } catch (e: any) {
          // A stream route that stays open has answered (200, text/event-stream); anything else did not answer.
          if (route.stream && e.code === "ECONNABORTED") return undefined
          failures.push(`${who.name} ${req.method} ${req.url.slice(0, 120)} → no answer (${e.code ?? e.message})`)
          return undefined
        }
      }

      function requestsFor(route: PluginRoute, method: Method, full: boolean): Req[] {
        const base = fill(route, () => UNKNOWN)
        const reqs: Req[] = []
        const withBody = method !== "GET" && method !== "DELETE"
        const paths = route.params.length ? (full ? PATH_VALUES : [UNKNOWN, "%00", "%E0%A4%A"]).map((v) => fill(route, () => v)) : [base, `${base}%00`]
        for (const url of paths) reqs.push({ method, url, body: withBody ? {} : undefined })
        if (!full) return reqs
        for (const q of QUERIES) reqs.push({ method, url: `${base}${q}`, body: withBody ? {} : undefined })
        if (withBody) for (const b of FIXED_BODIES) reqs.push({ method, url: base, ...b })
        return reqs
      }

      const jobs: Array<() => Promise<void>> = []
      for (const route of routes) {
        const ns = namespaceOf(route.path)
        for (const method of route.methods) {
          for (const who of identities) {
            const full = ns === "admin" ? who.name === "admin" : who.name !== "admin"
            jobs.push(async () => {
              for (const req of requestsFor(route, method, full)) await send(who, route, req)
              if (!full || method === "GET" || method === "DELETE") return
              // Learn the body's field names from the validation answer to `{}`, then send each wrong type.
              const probe = await send(who, route, { method, url: fill(route, () => UNKNOWN), body: {} })
              const fields = probe && probe.status === 400 ? fieldsIn((probe.data as { message?: string })?.message) : []
              if (!fields.length) return
              for (const value of WRONG_VALUES) {
                await send(who, route, { method, url: fill(route, () => UNKNOWN), body: Object.fromEntries(fields.map((f) => [f, value])) })
              }
            })
          }
        }
      }

      const t0 = Date.now()
      let next = 0
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (next < jobs.length) await jobs[next++]()
        })
      )
      console.log(
        `bad-input sweep: ${routes.length} route files, ${jobs.length} route×method×identity, ${sent} requests in ${((Date.now() - t0) / 1000).toFixed(0)} s, ${failures.length} failures`
      )
      expect(failures).toEqual([])
    })
  },
})

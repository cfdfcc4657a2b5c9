import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, seedShop, SeededShop } from "../../helpers/shop"
import { personaFor, placeOrder, registerPersona } from "../../helpers/privacy"
import { publishConsentText, subscribe } from "../../helpers/newsletter"
import { bid, createLot } from "../../helpers/auctions"
import { discoverPluginRoutes, fill, Method, namespaceOf, PluginRoute } from "../../helpers/routes"

jest.setTimeout(300_000)

/**
 * Guard (c) of issue 10: customer B's ids — order, cart, payment collection, address, privacy request,
 * newsletter subscription, auction bid, customer — are tried with customer A's token on every route that
 * takes an id: every route the plugins add (discovered from their api folders) and the core Store routes
 * this shop promises to keep private (P1, P3, P16). The answer must be 401/403/404 (or a 400 that refuses
 * the request), and no answer may contain any of B's details.
 */

/** Core routes that take an id and serve or change one customer's data. */
const CORE_ROUTES: PluginRoute[] = [
  { path: "/store/orders/:id", methods: ["GET"] },
  { path: "/store/orders/:id/transfer/request", methods: ["POST"] },
  { path: "/store/carts/:id", methods: ["GET", "POST"] },
  { path: "/store/carts/:id/line-items", methods: ["POST"] },
  { path: "/store/carts/:id/shipping-methods", methods: ["POST"] },
  { path: "/store/carts/:id/promotions", methods: ["POST", "DELETE"] },
  { path: "/store/carts/:id/customer", methods: ["POST"] },
  { path: "/store/carts/:id/taxes", methods: ["POST"] },
  { path: "/store/carts/:id/complete", methods: ["POST"] },
  { path: "/store/payment-collections/:id/payment-sessions", methods: ["POST"] },
  { path: "/store/customers/me/addresses/:address_id", methods: ["GET", "POST", "DELETE"] },
].map((r) => ({ plugin: "(medusa core)", file: "-", params: (r.path.match(/:(\w+)/g) ?? []).map((p) => p.slice(1)), stream: false, ...r }) as PluginRoute)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let a: { headers: Record<string, string> }
    let bIds: Record<string, string>
    let bDetails: string[]

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      const admin = await adminHeaders(api)
      await publishConsentText(api, admin, "nl")
      const pa = personaFor("acla")
      const pb = personaFor("aclb")
      a = await registerPersona(api, shop, pa)
      const b = await registerPersona(api, shop, pb)

      const orderId = await placeOrder(api, shop, b.headers, pb)
      const { data: cart } = await api.post("/store/carts", { region_id: shop.regionId, email: pb.email }, { headers: b.headers })
      await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: shop.variantId, quantity: 1 }, { headers: b.headers })
      await api.post(
        `/store/carts/${cart.cart.id}`,
        {
          shipping_address: {
            first_name: pb.first_name,
            last_name: pb.last_name,
            address_1: pb.street,
            city: "Utrecht",
            postal_code: "3511 AB",
            country_code: "nl",
            phone: pb.phone,
          },
        },
        { headers: b.headers }
      )
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cart.cart.id }, { headers: b.headers })
      const { data: addr } = await api.post(
        "/store/customers/me/addresses",
        {
          first_name: pb.first_name,
          last_name: pb.last_name,
          address_1: pb.street,
          city: "Utrecht",
          postal_code: "3511 AB",
          country_code: "nl",
          phone: pb.phone,
        },
        { headers: b.headers }
      )
      expect((await subscribe(api, shop, { email: pb.email, source: "account" }, { authorization: b.headers.authorization })).status).toBe(202)
      const { data: sub } = await api.get("/store/newsletter-subscriptions/me", { headers: b.headers })
      const { data: erasure } = await api.post("/store/privacy/erasure-requests", { password: b.password }, { headers: b.headers })
      const lot = await createLot(api, admin, shop)
      const placed = await bid(api, lot.id, b.headers, 10)
      expect(placed.status).toBeLessThan(300)

      bIds = {
        order: orderId,
        cart: cart.cart.id,
        payment_collection: pc.payment_collection.id,
        address: addr.customer.addresses[0].id,
        subscription: sub.newsletter_subscription?.id ?? sub.subscription?.id,
        erasure_request: erasure.data_subject_request.id,
        bid: placed.data.bid?.id ?? placed.data.auction_bid?.id,
        customer: b.customer.id,
      }
      for (const [k, v] of Object.entries(bIds)) expect({ [k]: typeof v }).toEqual({ [k]: "string" })
      bDetails = [pb.email, pb.first_name, pb.last_name, pb.street, pb.phone, b.customer.id]
    })

    it("should refuse customer A every id of customer B, on every plugin and core route that takes one", async () => {
      const routes = [...discoverPluginRoutes(), ...CORE_ROUTES].filter((r) => r.params.length)
      expect(routes.length).toBeGreaterThan(20)
      const failures: string[] = []
      let sent = 0
      for (const route of routes) {
        const ns = namespaceOf(route.path)
        for (const method of route.methods as Method[]) {
          for (const [kind, id] of Object.entries(bIds)) {
            const url = fill(route, () => encodeURIComponent(id))
            const headers = ns === "store" ? a.headers : { authorization: a.headers.authorization }
            sent++
            const res = await api
              .request({
                method,
                url,
                headers,
                data:
                  method === "GET" || method === "DELETE"
                    ? undefined
                    : method === "POST" && route.path.endsWith("/carts/:id")
                      ? { email: "a-takes-over@example.nl" }
                      : {},
                timeout: route.stream ? 1500 : 30_000,
                validateStatus: () => true,
              })
              .catch((e: { code?: string }) => (route.stream && e.code === "ECONNABORTED" ? { status: 0, data: "" } : Promise.reject(e)))
            const body = typeof res.data === "string" ? res.data : JSON.stringify(res.data)
            // The id the caller sent may come back in a "not found" message; everything else of B's may not.
            const leaked = bDetails.filter((d) => d !== id && body.includes(d))
            const refused = [0, 400, 401, 403, 404].includes(res.status)
            if (!refused || leaked.length) {
              failures.push(
                `${method} ${url} (B's ${kind}) → ${res.status}${leaked.length ? `, contains ${leaked.length} of B's details` : ""}: ${body.slice(0, 160)}`
              )
            }
          }
        }
      }
      console.log(`access-control sweep: ${routes.length} routes with ids, ${sent} requests, ${failures.length} failures`)
      expect(failures).toEqual([])
    })

    it("should still serve customer B their own order and cart (the sweep is not refusing everyone)", async () => {
      const pb = bDetails
      const b = await api.post("/auth/customer/emailpass", { email: pb[0], password: "Geheim-123!" })
      const headers = { ...shop.headers, authorization: `Bearer ${b.data.token}` }
      expect((await api.get(`/store/orders/${bIds.order}`, { headers })).data.order.email).toBe(pb[0])
      expect((await api.get(`/store/carts/${bIds.cart}`, { headers })).data.cart.id).toBe(bIds.cart)
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { registerCustomer, seedShop, SeededShop } from "../../helpers/shop"
import { monthsFromNow, setClock } from "../../helpers/privacy"
import {
  adminHeaders,
  bootFakeMultiSafepay,
  FakeMultiSafepay,
  MSP_WEBHOOK_PATH,
  orderOfCart,
  startMultiSafepayCheckout,
  waitFor,
} from "../../helpers/payment-multisafepay"

jest.setTimeout(180_000)

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

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      fake.setNotificationUrl(`${api.defaults.baseURL}${MSP_WEBHOOK_PATH}`)
    })
    afterEach(() => setClock(getContainer(), null))

    it("should record a chargeback as an open dispute that holds the customer's erasure until a merchant resolves it", async () => {
      const testStart = Date.now()
      const customer = await registerCustomer(api, shop)
      const admin = await adminHeaders(api)
      const { cartId, orderId } = await startMultiSafepayCheckout(api, shop, customer.headers, { gateway: "IDEAL" })
      await fake.pay(orderId, "success")
      const order = await waitFor(() => orderOfCart(getContainer(), cartId))

      await fake.chargeback(orderId)
      const listOpen = async () => (await api.get("/admin/multisafepay/disputes?status=open", { headers: admin })).data
      const open = await waitFor(async () => (await listOpen()).disputes.find((d: any) => d.msp_order_id === orderId))
      expect(open).toEqual(expect.objectContaining({ order_id: order.id, customer_id: customer.customer.id, status: "open", currency_code: "eur" }))
      // The order's MultiSafepay widget shows the chargeback at once, without "Sync status".
      const widget = await waitFor(async () => {
        const { data } = await api.get(`/admin/multisafepay/orders/${order.id}`, { headers: admin })
        return data.multisafepay_payments[0]?.status === "chargeback" ? data : undefined
      })
      expect(widget.multisafepay_payments[0].status_history.map((h: any) => h.status)).toContain("chargeback")
      expect(widget.disputes).toEqual([expect.objectContaining({ id: open.id, msp_order_id: orderId, status: "open", currency_code: "eur" })])
      // The card links to the Control of the provider's environment (test here).
      expect(widget.multisafepay_payments[0]).toEqual(
        expect.objectContaining({ environment: "test", control_url: "https://testmerchant.multisafepay.com", currency_code: "eur" })
      )
      // The settings/health view: environment, webhook, the signed webhook just received, open issues; never the key.
      const { data: health } = await api.get("/admin/multisafepay/settings", { headers: admin })
      expect(health.multisafepay_settings).toEqual(
        expect.objectContaining({
          open_disputes: 1,
          open_late_payments: 0,
          providers: [expect.objectContaining({ environment: "test", webhook_path: MSP_WEBHOOK_PATH, manual_capture: false })],
        })
      )
      expect(new Date(health.multisafepay_settings.providers[0].last_webhook_at).getTime()).toBeGreaterThanOrEqual(testStart - 1000)
      expect(JSON.stringify(health)).not.toMatch(/api_?key/i)
      const badQuery = await api.get("/admin/multisafepay/settings?x=1", { headers: admin, validateStatus: () => true })
      expect(badQuery.status).toBe(400)
      // MultiSafepay retries: the same chargeback again is still one dispute.
      await fake.resend(orderId, Math.floor(Date.now() / 1000))
      await new Promise((r) => setTimeout(r, 1000))
      expect((await listOpen()).disputes.filter((d: any) => d.msp_order_id === orderId)).toHaveLength(1)
      // The money went back: the order keeps its one capture, nothing was re-processed.
      expect((await orderOfCart(getContainer(), cartId)).payment_collections[0].payments[0].captures).toHaveLength(1)

      // Eleven months on, retention would erase this customer, but the open dispute holds them.
      setClock(getContainer(), monthsFromNow(11))
      const preview = async () =>
        (await api.get("/admin/privacy/retention/preview", { headers: admin })).data.preview.subjects.find((s: any) => s.customer_id === customer.customer.id)
      expect(await preview()).toEqual(expect.objectContaining({ held: true }))

      const resolved = await api.post(`/admin/multisafepay/disputes/${open.id}/resolve`, {}, { headers: admin })
      expect(resolved.data.dispute).toEqual(expect.objectContaining({ status: "resolved", resolved_by: expect.stringMatching(/^user:/) }))
      const again = await api.post(`/admin/multisafepay/disputes/${open.id}/resolve`, {}, { headers: admin, validateStatus: () => true })
      expect(again.status).toBe(409)
      expect(await preview()).toEqual(expect.objectContaining({ held: false }))
      const { data: afterResolve } = await api.get(`/admin/multisafepay/orders/${order.id}`, { headers: admin })
      expect(afterResolve.disputes).toEqual([expect.objectContaining({ id: open.id, status: "resolved" })])
    })

    it("should refuse bad dispute queries and unknown disputes naming the problem", async () => {
      const admin = await adminHeaders(api)
      const bad = await api.get("/admin/multisafepay/disputes?status=bogus", { headers: admin, validateStatus: () => true })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("status")
      // Paging is validated as Medusa's own lists validate it: a 400 naming the field, never a 200 or a 500.
      for (const [q, field] of [
        ["?limit=abc", "limit"],
        ["?limit=-1", "limit"],
        ["?limit=0", "limit"],
        ["?limit=101", "limit"],
        ["?offset=-1", "offset"],
        ["?offset=abc", "offset"],
        ["?offset=2.5", "offset"],
      ]) {
        const res = await api.get(`/admin/multisafepay/disputes${q}`, { headers: admin, validateStatus: () => true })
        expect({ q, status: res.status }).toEqual({ q, status: 400 })
        expect(res.data.message).toContain(field)
      }
      const page = await api.get("/admin/multisafepay/disputes?limit=5&offset=0", { headers: admin })
      expect(page.data).toEqual(expect.objectContaining({ limit: 5, offset: 0, count: expect.any(Number) }))
      const unknown = await api.post("/admin/multisafepay/disputes/mspdsp_nope/resolve", {}, { headers: admin, validateStatus: () => true })
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toContain("mspdsp_nope")
    })
  },
})

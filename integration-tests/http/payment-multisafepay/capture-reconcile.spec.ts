import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { registerCustomer, seedShop, SeededShop } from "../../helpers/shop"
import {
  adminHeaders,
  bootFakeMultiSafepay,
  FakeMultiSafepay,
  MSP_WEBHOOK_PATH,
  orderOfCart,
  ordersOfCart,
  startMultiSafepayCheckout,
  waitFor,
} from "../../helpers/payment-multisafepay"

jest.setTimeout(180_000)

// This suite runs the provider with manualCapture on: cards are authorized and captured later.
let fake: FakeMultiSafepay
beforeAll(async () => {
  fake = await bootFakeMultiSafepay({ MULTISAFEPAY_MANUAL_CAPTURE: "true" })
})
afterAll(async () => {
  await fake?.close()
})

/** The built plugin, as the running shop loaded it. */
// eslint-disable-next-line @typescript-eslint/no-var-requires
const plugin = () => require("@softshop/medusa-payment-multisafepay/workflows")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let customer: Awaited<ReturnType<typeof registerCustomer>>

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      fake.setNotificationUrl(`${api.defaults.baseURL}${MSP_WEBHOOK_PATH}`)
    })

    beforeEach(async () => {
      customer = await registerCustomer(api, shop)
      providerClock().setClockOffset(0)
    })

    /** The configured provider's clock, reached as the shop reaches the provider: through the payment module. */
    const providerClock = () => plugin().resolveMultiSafepayProvider(getContainer()).clock

    const authorizedOrder = async (cartId: string) =>
      waitFor(async () => {
        const o = await orderOfCart(getContainer(), cartId)
        return o?.payment_collections?.[0]?.payments?.length ? o : undefined
      })

    const bnplAuthorized = async () => {
      const { cartId, orderId } = await startMultiSafepayCheckout(api, shop, customer.headers, { gateway: "KLARNA" })
      await fake.pay(orderId, "success")
      const order = await authorizedOrder(cartId)
      return { cartId, orderId, order, payment: order.payment_collections[0].payments[0] }
    }
    const shippedPatches = (orderId: string) =>
      fake.state.requests.filter((r) => r.method === "PATCH" && r.path.endsWith(`/orders/${orderId}`)).map((r) => r.body.status)

    it("should authorize a BNPL (Klarna) payment with a VAT-exclusive cart and capture it by marking it shipped", async () => {
      const { cartId, orderId, payment } = await bnplAuthorized()
      const created = fake.state.requests.find((r) => r.method === "POST" && r.body?.order_id === orderId)!.body
      expect(created.capture).toBeUndefined()
      expect(created.shopping_cart.items.map((i: any) => i.merchant_item_id)).toEqual(["SV-27QHD", "msp-shipping"])
      expect(created.checkout_options).toEqual(
        expect.objectContaining({
          validate_cart: true,
          tax_tables: expect.objectContaining({ alternate: [expect.objectContaining({ name: "BTW21", rules: [{ rate: 0.21 }] })] }),
        })
      )
      expect(payment.captured_at).toBeFalsy()
      expect(payment.data).toEqual(expect.objectContaining({ bnpl: true, msp_status: "completed", msp_financial_status: "uncleared" }))
      const admin = await adminHeaders(api)
      const res = await api.post(`/admin/payments/${payment.id}/capture`, {}, { headers: admin, validateStatus: () => true })
      expect(res.status).toBe(200)
      expect(shippedPatches(orderId)).toEqual(["shipped"])
      expect(fake.order(orderId)).toEqual(expect.objectContaining({ status: "shipped", financial_status: "completed" }))
      const after = await orderOfCart(getContainer(), cartId)
      expect(after.payment_collections[0].payments[0].captured_at).toBeTruthy()
    })

    it("should capture an authorized BNPL payment when the order is fulfilled", async () => {
      const { cartId, orderId, order } = await bnplAuthorized()
      const admin = await adminHeaders(api)
      const { data: full } = await api.get(`/admin/orders/${order.id}`, { headers: admin })
      const res = await api.post(
        `/admin/orders/${order.id}/fulfillments`,
        { items: full.order.items.map((i: any) => ({ id: i.id, quantity: Number(i.quantity) })) },
        { headers: admin, validateStatus: () => true }
      )
      expect({ status: res.status, message: res.data?.message }).toEqual({ status: 200, message: undefined })
      await waitFor(async () => (await orderOfCart(getContainer(), cartId))?.payment_collections?.[0]?.payments?.[0]?.captured_at)
      expect(shippedPatches(orderId)).toEqual(["shipped"])
    })

    it("should send the track-and-trace to MultiSafepay when the order is shipped", async () => {
      const { cartId, orderId, order } = await bnplAuthorized()
      const admin = await adminHeaders(api)
      const { data: full } = await api.get(`/admin/orders/${order.id}`, { headers: admin })
      const items = full.order.items.map((i: any) => ({ id: i.id, quantity: Number(i.quantity) }))
      await api.post(`/admin/orders/${order.id}/fulfillments`, { items }, { headers: admin })
      await waitFor(async () => (await orderOfCart(getContainer(), cartId))?.payment_collections?.[0]?.payments?.[0]?.captured_at)
      const { data: withFulfillment } = await api.get(`/admin/orders/${order.id}?fields=id,*fulfillments`, { headers: admin })
      const fulfillmentId = withFulfillment.order.fulfillments[0].id
      const label = {
        tracking_number: "3SSOFT0012345",
        tracking_url: "https://jouw.postnl.nl/track-and-trace/3SSOFT0012345",
        label_url: "https://example.nl/label.pdf",
      }
      const res = await api.post(
        `/admin/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`,
        { items, labels: [label] },
        { headers: admin, validateStatus: () => true }
      )
      expect({ status: res.status, message: res.data?.message }).toEqual({ status: 200, message: undefined })
      await waitFor(async () => fake.order(orderId).tracktrace_code === label.tracking_number || undefined)
      const today = new Date().toISOString().slice(0, 10)
      expect(fake.order(orderId)).toEqual(
        expect.objectContaining({
          status: "shipped",
          tracktrace_code: label.tracking_number,
          tracktrace_url: label.tracking_url,
          carrier: expect.any(String),
          ship_date: today,
        })
      )
      // Captured once (on fulfilment); the ship update only adds the tracking.
      const after = await orderOfCart(getContainer(), cartId)
      expect(after.payment_collections[0].payments[0].captures).toHaveLength(1)
    })

    it("should authorize a manual-capture card and capture it from the admin with POST /capture", async () => {
      const { cartId, orderId } = await startMultiSafepayCheckout(api, shop, customer.headers, { gateway: "VISA" })
      expect(fake.order(orderId)._internal.manual).toBe(true)
      await fake.pay(orderId, "success", {}, { gateway: "VISA" })
      expect(fake.order(orderId)).toEqual(expect.objectContaining({ status: "completed", financial_status: "initialized" }))
      const order = await authorizedOrder(cartId)
      const payment = order.payment_collections[0].payments[0]
      expect(payment.captured_at).toBeFalsy()
      const admin = await adminHeaders(api)
      const res = await api.post(`/admin/payments/${payment.id}/capture`, {}, { headers: admin, validateStatus: () => true })
      expect(res.status).toBe(200)
      const capture = fake.state.requests.find((r) => r.path.endsWith(`/orders/${orderId}/capture`))!
      expect(capture.body).toEqual({ amount: fake.order(orderId).amount, new_order_status: "completed" })
      expect(fake.order(orderId).financial_status).toBe("completed")
      const after = await orderOfCart(getContainer(), cartId)
      expect(after.payment_collections[0].payments[0].captured_at).toBeTruthy()
      expect(after.payment_collections[0].payments[0].data.captures[0].transaction_id).toMatch(/^\d{17}$/)
    })

    it("should void a manual-capture authorization when the order is cancelled", async () => {
      const { cartId, orderId } = await startMultiSafepayCheckout(api, shop, customer.headers, { gateway: "VISA" })
      await fake.pay(orderId, "success", {}, { gateway: "VISA" })
      const order = await authorizedOrder(cartId)
      const admin = await adminHeaders(api)
      const res = await api.post(`/admin/orders/${order.id}/cancel`, {}, { headers: admin, validateStatus: () => true })
      expect(res.status).toBe(200)
      const voided = fake.state.requests.find((r) => r.method === "PATCH" && r.path.endsWith(`/capture/${orderId}`))!
      expect(voided.body).toEqual({ status: "cancelled", reason: expect.any(String) })
      expect(fake.order(orderId).status).toBe("void")
    })

    it("should not use manual capture for a non-card gateway such as iDEAL", async () => {
      const { orderId } = await startMultiSafepayCheckout(api, shop, customer.headers, { gateway: "IDEAL" })
      expect(fake.order(orderId)._internal.manual).toBe(false)
    })

    it("should complete a paid order whose webhook was lost once the session is older than reconcileAfterSeconds", async () => {
      const { cartId, orderId } = await startMultiSafepayCheckout(api, shop, customer.headers, { gateway: "IDEAL" })
      await fake.pay(orderId, "success", { skip: true }, { gateway: "IDEAL" })
      const { reconcileMultiSafepaySessions } = plugin()
      const multisafepayClock = providerClock()
      // Too young: left alone.
      expect(await reconcileMultiSafepaySessions(getContainer())).toEqual(expect.objectContaining({ checked: 0 }))
      multisafepayClock.setClockOffset(16 * 60 * 1000)
      const result = await reconcileMultiSafepaySessions(getContainer())
      expect(result).toEqual(expect.objectContaining({ completed: 1, failed: 0 }))
      const order = await orderOfCart(getContainer(), cartId)
      expect(order.payment_collections[0].payments[0].captured_at).toBeTruthy()
      // Running again changes nothing.
      expect(await reconcileMultiSafepaySessions(getContainer())).toEqual(expect.objectContaining({ completed: 0 }))
      expect(await ordersOfCart(getContainer(), cartId)).toBe(1)
    })

    it("should close an abandoned (expired) session on reconciliation without placing an order", async () => {
      const { cartId, orderId } = await startMultiSafepayCheckout(api, shop, customer.headers, { gateway: "IDEAL" })
      await fake.pay(orderId, "expire", { skip: true })
      const { reconcileMultiSafepaySessions } = plugin()
      const multisafepayClock = providerClock()
      multisafepayClock.setClockOffset(16 * 60 * 1000)
      expect(await reconcileMultiSafepaySessions(getContainer())).toEqual(expect.objectContaining({ closed: 1 }))
      expect(await ordersOfCart(getContainer(), cartId)).toBe(0)
      expect(await reconcileMultiSafepaySessions(getContainer())).toEqual(expect.objectContaining({ checked: 0 }))
    })

    it("should show MultiSafepay ids and status history to the admin and sync the status on request", async () => {
      const { cartId, orderId } = await startMultiSafepayCheckout(api, shop, customer.headers, { gateway: "IDEAL" })
      await fake.pay(orderId, "success", {}, { gateway: "IDEAL" })
      const order = await waitFor(async () => {
        const o = await orderOfCart(getContainer(), cartId)
        return o?.payment_collections?.[0]?.payments?.[0]?.captured_at ? o : undefined
      })
      const admin = await adminHeaders(api)
      const { data } = await api.get(`/admin/multisafepay/orders/${order.id}`, { headers: admin })
      expect(data.multisafepay_payments[0]).toEqual(
        expect.objectContaining({ msp_order_id: orderId, transaction_id: fake.order(orderId).transaction_id, payment_type: "IDEAL", status: "completed" })
      )
      // A refund made in the MultiSafepay dashboard: only a sync shows it.
      fake.order(orderId).status = "partial_refunded"
      const synced = await api.post(`/admin/multisafepay/orders/${order.id}/sync`, {}, { headers: admin })
      expect(synced.data.multisafepay_payments[0].status).toBe("partial_refunded")
      expect(synced.data.multisafepay_payments[0].status_history.map((h: any) => h.status)).toContain("partial_refunded")
      const { data: again } = await api.get(`/admin/multisafepay/orders/${order.id}`, { headers: admin })
      expect(again.multisafepay_payments[0].status).toBe("partial_refunded")
      const bad = await api.post(`/admin/multisafepay/orders/${order.id}/sync`, { force: true }, { headers: admin, validateStatus: () => true })
      expect(bad.status).toBe(400)
      const unknown = await api.get(`/admin/multisafepay/orders/order_missing`, { headers: admin, validateStatus: () => true })
      expect(unknown.status).toBe(404)
    })
  },
})

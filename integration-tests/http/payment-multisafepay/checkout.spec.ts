import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { registerCustomer, seedShop, SeededShop } from "../../helpers/shop"
import {
  adminHeaders,
  bootFakeMultiSafepay,
  FakeMultiSafepay,
  MSP_API_KEY,
  MSP_PROVIDER_ID,
  MSP_WEBHOOK_PATH,
  orderOfCart,
  ordersOfCart,
  payOnHostedPage,
  startMultiSafepayCheckout,
  waitFor,
  webhooksSettled,
} from "../../helpers/payment-multisafepay"
import { signNotification } from "../../fakes/multisafepay/server"

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
    let customer: Awaited<ReturnType<typeof registerCustomer>>

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      fake.setNotificationUrl(`${api.defaults.baseURL}${MSP_WEBHOOK_PATH}`)
    })

    beforeEach(async () => {
      customer = await registerCustomer(api, shop)
    })

    const webhookDeliveries = (orderId: string) => fake.state.deliveries.filter((d) => d.order_id === orderId)

    it("should create a redirect order on the fake with minor units, split address and notification POST", async () => {
      const { session, orderId } = await startMultiSafepayCheckout(api, shop, customer.headers, { gateway: "IDEAL" })
      expect(session.provider_id).toBe(MSP_PROVIDER_ID)
      expect(orderId).toBe(session.id)
      expect(session.data.payment_url).toMatch(new RegExp(`^${fake.url}/connect/`))
      expect(session.data.checkout).toBeNull()
      const created = fake.state.requests.find((r) => r.method === "POST" && r.body?.order_id === orderId)!.body
      expect(created).toEqual(
        expect.objectContaining({
          type: "redirect",
          gateway: "IDEAL",
          currency: "EUR",
          amount: Math.round(Number(session.amount) * 100),
          var1: session.id,
          payment_options: expect.objectContaining({ notification_method: "POST", notification_url: expect.stringContaining(MSP_WEBHOOK_PATH) }),
          // The shop's orderDescription and partner options (the plugin's defaults: "Order {order_id}", no partner).
          description: `Softshop ${orderId}`,
          plugin: { shop: "Medusa", plugin_version: "0.1.0", partner: "Softshop" },
        })
      )
      expect(created.delivery).toEqual(expect.objectContaining({ address1: "Kerkstraat", house_number: "12", zip_code: "3511 AB", country: "NL" }))
      expect(created.customer).toEqual(expect.objectContaining({ locale: "nl_NL", email: customer.email, ip_address: expect.any(String) }))
    })

    it("should place an order with a captured payment after paying on the hosted page and a signed webhook", async () => {
      const { cartId, orderId, paymentUrl } = await startMultiSafepayCheckout(api, shop, customer.headers)
      const paid = await payOnHostedPage(paymentUrl, "success", { gateway: "VISA", card_number: "4111111111111111" })
      expect(paid.status).toBe(302)
      expect(paid.location).toContain(`transactionid=${orderId}`)
      const order = await waitFor(async () => {
        const o = await orderOfCart(getContainer(), cartId)
        return o?.payment_collections?.[0]?.payments?.[0]?.captured_at ? o : undefined
      })
      expect(order.payment_collections[0].status).toBe("completed")
      const payment = order.payment_collections[0].payments[0]
      expect(payment.captures).toHaveLength(1)
      expect(payment.data).toEqual(
        expect.objectContaining({ order_id: orderId, msp_status: "completed", msp_financial_status: "completed", payment_type: "VISA" })
      )
      // 17-digit PSP ids stay exact strings.
      expect(payment.data.transaction_id).toBe(fake.order(orderId).transaction_id)
      expect(payment.data.transaction_id).toMatch(/^\d{17}$/)
      expect(webhookDeliveries(orderId).every((d) => d.status === 200 && d.text === "OK")).toBe(true)
    })

    it.each([
      ["decline", "declined"],
      ["cancel", "void"],
      ["expire", "expired"],
    ])("should place no order when the payer chooses %s, and refuse to complete the cart", async (outcome, mspStatus) => {
      const { cartId, orderId, paymentUrl } = await startMultiSafepayCheckout(api, shop, customer.headers)
      const res = await payOnHostedPage(paymentUrl, outcome)
      expect(res.status).toBe(302)
      expect(fake.order(orderId).status).toBe(mspStatus)
      await waitFor(async () => webhookDeliveries(orderId).length > 0)
      await webhooksSettled(getContainer(), fake)
      expect(await ordersOfCart(getContainer(), cartId)).toBe(0)
      const complete = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: customer.headers, validateStatus: () => true })
      expect(complete.data.type).not.toBe("order")
      expect(await ordersOfCart(getContainer(), cartId)).toBe(0)
    })

    it("should make one order and one capture from ten duplicate webhooks plus pretransaction noise", async () => {
      const { cartId, orderId } = await startMultiSafepayCheckout(api, shop, customer.headers)
      await fake.pay(orderId, "success", { duplicates: 9, pretransaction: true })
      expect(webhookDeliveries(orderId).length).toBe(11)
      await waitFor(async () => (await orderOfCart(getContainer(), cartId))?.payment_collections?.[0]?.payments?.[0]?.captured_at)
      await webhooksSettled(getContainer(), fake)
      expect(await ordersOfCart(getContainer(), cartId)).toBe(1)
      const order = await orderOfCart(getContainer(), cartId)
      expect(order.payment_collections[0].payments).toHaveLength(1)
      expect(order.payment_collections[0].payments[0].captures).toHaveLength(1)
    })

    it("should not go backwards when a stale 'initialized' webhook arrives after 'completed'", async () => {
      const { cartId, orderId } = await startMultiSafepayCheckout(api, shop, customer.headers)
      await fake.pay(orderId, "success", { outOfOrder: true })
      expect(webhookDeliveries(orderId).map((d) => d.kind)).toEqual(["current", "stale"])
      expect(JSON.parse(webhookDeliveries(orderId)[1].body).status).toBe("initialized")
      await waitFor(async () => (await orderOfCart(getContainer(), cartId))?.payment_collections?.[0]?.payments?.[0]?.captured_at)
      await webhooksSettled(getContainer(), fake)
      const order = await orderOfCart(getContainer(), cartId)
      expect(order.payment_collections[0].status).toBe("completed")
      expect(order.payment_collections[0].payments[0].captures).toHaveLength(1)
      expect(await ordersOfCart(getContainer(), cartId)).toBe(1)
    })

    it("should ignore forged, replayed, truncated and malformed webhooks, then act on a genuine one", async () => {
      const { cartId, orderId } = await startMultiSafepayCheckout(api, shop, customer.headers)
      // Paid at MultiSafepay, but its notification is lost: only our fakes arrive.
      await fake.pay(orderId, "success", { skip: true })
      const body = JSON.stringify({ ...fake.order(orderId), _internal: undefined })
      const now = Math.floor(Date.now() / 1000)
      const post = (b: string, auth?: string) =>
        fetch(`${api.defaults.baseURL}${MSP_WEBHOOK_PATH}?transactionid=${orderId}&timestamp=${now}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(auth !== undefined ? { auth } : {}) },
          body: b,
        })
      await post(body, signNotification("not-the-api-key", String(now), body)) // forged with another key
      await post(body) // no Auth header
      await post(body, Buffer.from(`${now}:${"0".repeat(128)}`).toString("base64")) // made-up signature
      await post(body.slice(0, 60), signNotification(MSP_API_KEY, String(now), body)) // truncated
      await post("{not json", signNotification(MSP_API_KEY, String(now), "{not json")) // malformed, correctly signed
      await fake.resend(orderId, now - 700) // genuine but replayed outside the 600 s window
      await webhooksSettled(getContainer(), fake)
      expect(await ordersOfCart(getContainer(), cartId)).toBe(0)

      // The same path does act on a genuine, fresh notification.
      await fake.resend(orderId)
      await waitFor(async () => (await orderOfCart(getContainer(), cartId))?.payment_collections?.[0]?.payments?.[0]?.captured_at)
    })

    it("should answer forged and malformed webhooks with a 4xx naming the reason, and ten concurrent copies with OK and one order", async () => {
      const { cartId, orderId } = await startMultiSafepayCheckout(api, shop, customer.headers)
      await fake.pay(orderId, "success", { skip: true })
      const body = fake.notificationBody(orderId)
      const now = String(Math.floor(Date.now() / 1000))
      const post = (b: string, auth?: string) =>
        fetch(`${api.defaults.baseURL}${MSP_WEBHOOK_PATH}?transactionid=${orderId}&timestamp=${now}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(auth !== undefined ? { auth } : {}) },
          body: b,
        })
      const forged = await post(body, signNotification("not-the-api-key", now, body))
      expect(forged.status).toBe(401)
      expect((await forged.json()).message).toBe("MultiSafepay webhook rejected: signature mismatch")
      const unsigned = await post(body)
      expect(unsigned.status).toBe(401)
      expect((await unsigned.json()).message).toBe("MultiSafepay webhook rejected: missing Auth header")
      const orderless = JSON.stringify({ status: "completed" })
      const noOrder = await post(orderless, signNotification(MSP_API_KEY, now, orderless))
      expect(noOrder.status).toBe(400)
      expect((await noOrder.json()).message).toContain("order_id")
      expect((await post("{not json", signNotification(MSP_API_KEY, now, "{not json"))).status).toBe(400)
      await webhooksSettled(getContainer(), fake)
      expect(await ordersOfCart(getContainer(), cartId)).toBe(0)

      const copies = await Promise.all(Array.from({ length: 10 }, () => post(body, signNotification(MSP_API_KEY, now, body))))
      expect(copies.map((r) => r.status)).toEqual(Array(10).fill(200))
      expect(await Promise.all(copies.map((r) => r.text()))).toEqual(Array(10).fill("OK"))
      await waitFor(async () => (await orderOfCart(getContainer(), cartId))?.payment_collections?.[0]?.payments?.[0]?.captured_at)
      await webhooksSettled(getContainer(), fake)
      expect(await ordersOfCart(getContainer(), cartId)).toBe(1)
      const order = await orderOfCart(getContainer(), cartId)
      expect(order.payment_collections[0].payments).toHaveLength(1)
      expect(order.payment_collections[0].payments[0].captures).toHaveLength(1)
    })

    it("should let the storefront complete the cart on return when the webhook never arrives", async () => {
      const { cartId, orderId } = await startMultiSafepayCheckout(api, shop, customer.headers)
      await fake.pay(orderId, "success", { skip: true })
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: customer.headers })
      expect(data.type).toBe("order")
      const order = await orderOfCart(getContainer(), cartId)
      expect(order.payment_collections[0].status).toBe("completed")
    })

    it("should refund partially then fully with explicit amounts, and surface the 5-minute duplicate rule (1034)", async () => {
      const { cartId, orderId } = await startMultiSafepayCheckout(api, shop, customer.headers)
      await fake.pay(orderId, "success")
      const order = await waitFor(async () => {
        const o = await orderOfCart(getContainer(), cartId)
        return o?.payment_collections?.[0]?.payments?.[0]?.captured_at ? o : undefined
      })
      const payment = order.payment_collections[0].payments[0]
      const admin = await adminHeaders(api)
      const total = fake.order(orderId).amount
      const first = await api.post(`/admin/payments/${payment.id}/refund`, { amount: 10 }, { headers: admin, validateStatus: () => true })
      expect(first.status).toBe(200)
      expect(fake.order(orderId)).toEqual(expect.objectContaining({ status: "partial_refunded", amount_refunded: 1000 }))
      const refundCalls = () => fake.state.requests.filter((r) => r.path.endsWith(`/orders/${orderId}/refunds`))
      expect(refundCalls()[0].body).toEqual({ currency: "EUR", amount: 1000, description: expect.any(String) })

      const duplicate = await api.post(`/admin/payments/${payment.id}/refund`, { amount: 10 }, { headers: admin, validateStatus: () => true })
      expect(duplicate.status).toBe(400)
      expect(duplicate.data.message).toContain("MultiSafepay error 1034")
      expect(fake.order(orderId).amount_refunded).toBe(1000)

      const rest = (total - 1000) / 100
      const full = await api.post(`/admin/payments/${payment.id}/refund`, { amount: rest }, { headers: admin, validateStatus: () => true })
      expect(full.status).toBe(200)
      expect(fake.order(orderId)).toEqual(expect.objectContaining({ status: "refunded", amount_refunded: total }))
      expect(refundCalls().every((r) => Number.isInteger(r.body.amount) && r.body.amount > 0)).toBe(true)
      const after = await orderOfCart(getContainer(), cartId)
      expect(after.payment_collections[0].payments[0].refunds.map((r: any) => Number(r.amount)).sort()).toEqual([10, rest].sort())
    })

    it("should keep no card number, IBAN or CVC in stored session, payment or order data", async () => {
      const { cartId, paymentUrl } = await startMultiSafepayCheckout(api, shop, customer.headers, { gateway: "VISA" })
      await payOnHostedPage(paymentUrl, "success", { gateway: "VISA", card_number: "4111111111111111", iban: "NL87ABNA0000000001" })
      await waitFor(async () => (await orderOfCart(getContainer(), cartId))?.payment_collections?.[0]?.payments?.[0]?.captured_at)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const order = await orderOfCart(getContainer(), cartId)
      const { data: sessions } = await query.graph({
        entity: "payment_session",
        fields: ["data", "context", "metadata"],
        filters: { payment_collection_id: order.payment_collections[0].id },
      })
      expect(sessions).toHaveLength(1)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["*", "metadata", "payment_collections.*", "payment_collections.payments.*"],
        filters: { id: order.id },
      })
      const stored = JSON.stringify({ sessions, orders })
      for (const secret of ["4111111111111111", "411111", "NL87ABNA0000000001", "ABNA0000000001"]) expect(stored).not.toContain(secret)
      expect(stored).not.toMatch(/"(cvc|cvv|card_number|card_expiry_date|account_iban|iban)"/i)
      const payment = order.payment_collections[0].payments[0]
      expect(Object.keys(payment.data).sort()).toEqual(
        expect.arrayContaining(["order_id", "session_id", "transaction_id", "msp_status", "msp_financial_status"])
      )
      expect(payment.data.checkout).toBeNull()
    })

    it("should refuse an unknown gateway and any other session data with a 400 naming the field", async () => {
      const cart = await startMultiSafepayCheckout(api, shop, customer.headers).catch((e) => e)
      expect(cart.cartId).toBeDefined()
      for (const [data, field] of [
        [{ gateway: "BITCOINZ" }, "data.gateway"],
        [{ card_number: "4111111111111111" }, "data"],
      ] as const) {
        const res = await api.post(
          `/store/payment-collections/${cart.collectionId}/payment-sessions`,
          { provider_id: MSP_PROVIDER_ID, data },
          { headers: customer.headers, validateStatus: () => true }
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
      }
    })

    it("should surface MultiSafepay error 1032 (invalid key) as a clear error", async () => {
      fake.failNextRequest({ status: 401, code: 1032, info: "Invalid API key" })
      const res = await startMultiSafepayCheckout(api, shop, customer.headers).catch((e: Error) => e)
      expect(String((res as Error).message)).toContain("MultiSafepay error 1032")
      expect(String((res as Error).message)).toContain("apiKey")
    })

    it("should list the MultiSafepay methods available for the cart's amount, currency and country", async () => {
      const { cartId } = await startMultiSafepayCheckout(api, shop, customer.headers)
      const { data } = await api.get(`/store/multisafepay/payment-methods?cart_id=${cartId}`, { headers: customer.headers })
      const ids = data.payment_methods.map((m: any) => m.id)
      expect(ids).toEqual(expect.arrayContaining(["IDEAL", "VISA"]))
      expect(ids).not.toContain("MISTERCASH") // Bancontact: Belgium only
      const bad = await api.get(`/store/multisafepay/payment-methods`, { headers: customer.headers, validateStatus: () => true })
      expect(bad.status).toBe(400)
      expect(JSON.stringify(bad.data)).toContain("cart_id")
    })
  },
})

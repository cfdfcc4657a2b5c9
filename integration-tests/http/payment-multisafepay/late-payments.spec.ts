import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
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
  webhooksSettled,
} from "../../helpers/payment-multisafepay"

jest.setTimeout(180_000)

// Manual capture on: a card payment is authorized when the order is placed, so the order can be
// cancelled while MultiSafepay still holds the money.
let fake: FakeMultiSafepay
beforeAll(async () => {
  fake = await bootFakeMultiSafepay({ MULTISAFEPAY_MANUAL_CAPTURE: "true" })
})
afterAll(async () => {
  await fake?.close()
})

async function sessionOf(container: MedusaContainer, sessionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_session",
    fields: ["id", "status", "data", "deleted_at", "payment.id"],
    filters: { id: sessionId },
    withDeleted: true,
  })
  return data[0] as any
}

async function paymentsOfSession(container: MedusaContainer, sessionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "canceled_at", "captured_at", "captures.id", "refunds.amount"],
    filters: { payment_session_id: sessionId },
  })
  return data as any[]
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let customer: Awaited<ReturnType<typeof registerCustomer>>
    let admin: Record<string, string>

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      fake.setNotificationUrl(`${api.defaults.baseURL}${MSP_WEBHOOK_PATH}`)
    })

    beforeEach(async () => {
      customer = await registerCustomer(api, shop)
      admin = await adminHeaders(api)
    })

    const latePayments = async (query = "") => (await api.get(`/admin/multisafepay/late-payments${query}`, { headers: admin })).data
    const lateOf = async (mspOrderId: string) =>
      waitFor(async () => (await latePayments("?limit=100")).late_payments.find((p: any) => p.msp_order_id === mspOrderId))
    const resolve = (id: string, action: string) =>
      api.post(`/admin/multisafepay/late-payments/${id}/resolve`, { action }, { headers: admin, validateStatus: () => true })

    /** A card order placed with an authorized payment, then cancelled by the merchant (voided at MultiSafepay). */
    const cancelledCardOrder = async () => {
      const { cartId, orderId, session } = await startMultiSafepayCheckout(api, shop, customer.headers, { gateway: "VISA" })
      await fake.pay(orderId, "success", {}, { gateway: "VISA" })
      const order = await waitFor(async () => {
        const o = await orderOfCart(getContainer(), cartId)
        return o?.payment_collections?.[0]?.payments?.length ? o : undefined
      })
      const res = await api.post(`/admin/orders/${order.id}/cancel`, {}, { headers: admin, validateStatus: () => true })
      expect(res.status).toBe(200)
      expect(fake.order(orderId).status).toBe("void")
      // Let the shop take in MultiSafepay's "void" notification before anything else happens to the order
      // (in real life a late payment comes minutes or days later, not within the same second).
      await webhooksSettled(getContainer(), fake)
      return { cartId, orderId, sessionId: session.id as string, order }
    }

    it("should flag a payment authorized after its order was cancelled, not revive the order, and void it on refund", async () => {
      const { cartId, orderId, sessionId, order } = await cancelledCardOrder()
      // The payer's card is authorized again at MultiSafepay after the merchant cancelled the order.
      await fake.pay(orderId, "success", {}, { gateway: "VISA" })
      const late = await lateOf(orderId)
      expect(late).toEqual(
        expect.objectContaining({
          reason: "order_canceled",
          paid_state: "authorized",
          status: "open",
          currency_code: "eur",
          order: expect.objectContaining({ id: order.id, status: "canceled" }),
        })
      )
      await webhooksSettled(getContainer(), fake)
      const after = await orderOfCart(getContainer(), cartId)
      expect(after.status).toBe("canceled")
      const payments = await paymentsOfSession(getContainer(), sessionId)
      expect(payments).toHaveLength(1)
      expect(payments[0].canceled_at).toBeTruthy()
      expect(payments[0].captures).toHaveLength(0)
      expect(await ordersOfCart(getContainer(), cartId)).toBe(1)

      const res = await resolve(late.id, "refund")
      expect(res.status).toBe(200)
      expect(res.data.late_payment).toEqual(expect.objectContaining({ status: "voided", handled_at: expect.any(String) }))
      expect(fake.order(orderId).status).toBe("void")
      expect(fake.state.requests.filter((r) => r.method === "PATCH" && r.path.endsWith(`/capture/${orderId}`))).toHaveLength(2)
      const again = await resolve(late.id, "refund")
      expect(again.status).toBe(409)
    })

    it("should flag a payment captured after its order was cancelled and refund the full amount at MultiSafepay", async () => {
      const { cartId, orderId, order } = await cancelledCardOrder()
      // MultiSafepay captured the money anyway (e.g. the void crossed a capture): a paid notification arrives.
      const msp = fake.order(orderId)
      msp.status = "completed"
      msp.financial_status = "completed"
      await fake.resend(orderId)
      const late = await lateOf(orderId)
      expect(late).toEqual(
        expect.objectContaining({
          reason: "order_canceled",
          paid_state: "captured",
          amount: msp.amount / 100,
          order: expect.objectContaining({ id: order.id }),
        })
      )
      await webhooksSettled(getContainer(), fake)
      expect((await orderOfCart(getContainer(), cartId)).status).toBe("canceled")

      // Two admins click "Refund" at the same moment: one refund, one 409.
      const both = await Promise.all([resolve(late.id, "refund"), resolve(late.id, "refund")])
      expect(both.map((r) => r.status).sort()).toEqual([200, 409])
      const res = both.find((r) => r.status === 200)!
      expect(res.data.late_payment).toEqual(expect.objectContaining({ status: "refunded", refund_transaction_id: expect.stringMatching(/^\d{17}$/) }))
      const refunds = fake.state.requests.filter((r) => r.method === "POST" && r.path.endsWith(`/orders/${orderId}/refunds`))
      expect(refunds).toHaveLength(1)
      expect(refunds[0].body).toEqual(expect.objectContaining({ currency: "EUR", amount: msp.amount }))
      expect(fake.order(orderId)).toEqual(expect.objectContaining({ status: "refunded", amount_refunded: msp.amount }))
    })

    it("should flag a cart paid after MultiSafepay expired it, still place the order, and refund it through Medusa's refund", async () => {
      const { cartId, orderId, session } = await startMultiSafepayCheckout(api, shop, customer.headers, { gateway: "IDEAL" })
      await fake.pay(orderId, "expire")
      await waitFor(async () => (await sessionOf(getContainer(), session.id))?.status === "canceled")
      expect(await ordersOfCart(getContainer(), cartId)).toBe(0)
      // Paid anyway (a Second Chance mail, a late bank transfer). The payer's return to the storefront
      // cannot complete the cart (its session is closed): only the screened notification can.
      await fake.pay(orderId, "success", { skip: true }, { gateway: "IDEAL" })
      const complete = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: customer.headers, validateStatus: () => true })
      expect(complete.data.type).not.toBe("order")
      expect(await ordersOfCart(getContainer(), cartId)).toBe(0)
      await fake.resend(orderId)
      const order = await waitFor(async () => {
        const o = await orderOfCart(getContainer(), cartId)
        return o?.payment_collections?.[0]?.payments?.[0]?.captured_at ? o : undefined
      })
      const late = await lateOf(orderId)
      expect(late).toEqual(
        expect.objectContaining({ reason: "session_canceled", paid_state: "captured", status: "open", order: expect.objectContaining({ id: order.id }) })
      )
      // The order page shows it too.
      const { data: widget } = await api.get(`/admin/multisafepay/orders/${order.id}`, { headers: admin })
      expect(widget.late_payments.map((p: any) => p.id)).toEqual([late.id])

      const res = await resolve(late.id, "refund")
      expect(res.status).toBe(200)
      expect(res.data.late_payment.status).toBe("refunded")
      const payment = (await orderOfCart(getContainer(), cartId)).payment_collections[0].payments[0]
      expect(payment.refunds.map((r: any) => Number(r.amount))).toEqual([fake.order(orderId).amount / 100])
      expect(fake.order(orderId)).toEqual(expect.objectContaining({ status: "refunded" }))
      expect(res.data.late_payment.refund_transaction_id).toBe(payment.data.refunds[0].transaction_id)
    })

    it("should flag a payment for a checkout replaced after the cart changed, place no order from it, and refund it", async () => {
      const { cartId, orderId, session } = await startMultiSafepayCheckout(api, shop, customer.headers, { gateway: "IDEAL" })
      // The payer adds an item: Medusa deletes the session, the provider cancels its MultiSafepay order.
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: shop.variantId, quantity: 1 }, { headers: customer.headers })
      const gone = await sessionOf(getContainer(), session.id)
      expect(!gone || !!gone.deleted_at).toBe(true)
      expect(fake.order(orderId).status).toBe("cancelled")
      // ... and pays the old page anyway.
      await fake.pay(orderId, "success", {}, { gateway: "IDEAL" })
      const late = await lateOf(orderId)
      expect(late).toEqual(expect.objectContaining({ reason: "session_replaced", paid_state: "captured", order: null, cart_id: cartId }))
      await webhooksSettled(getContainer(), fake)
      expect(await ordersOfCart(getContainer(), cartId)).toBe(0)
      expect(await paymentsOfSession(getContainer(), session.id)).toHaveLength(0)

      const res = await resolve(late.id, "refund")
      expect(res.status).toBe(200)
      expect(res.data.late_payment.status).toBe("refunded")
      expect(fake.order(orderId).amount_refunded).toBe(fake.order(orderId).amount)
    })

    it("should list flagged payments newest first with pagination, record mark_refunded and keep, and validate input", async () => {
      const before = (await latePayments()).count
      // A normal payment is never flagged.
      const normal = await startMultiSafepayCheckout(api, shop, customer.headers, { gateway: "IDEAL" })
      await fake.pay(normal.orderId, "success", { duplicates: 3 }, { gateway: "IDEAL" })
      await waitFor(async () => (await orderOfCart(getContainer(), normal.cartId))?.payment_collections?.[0]?.payments?.[0]?.captured_at)
      await webhooksSettled(getContainer(), fake)
      expect((await latePayments("?limit=100")).late_payments.map((p: any) => p.msp_order_id)).not.toContain(normal.orderId)

      const flagged: string[] = []
      for (let i = 0; i < 2; i++) {
        const { orderId, session } = await startMultiSafepayCheckout(api, shop, customer.headers, { gateway: "IDEAL" })
        await fake.pay(orderId, "cancel")
        await waitFor(async () => (await sessionOf(getContainer(), session.id))?.status === "canceled")
        await fake.pay(orderId, "success", { duplicates: 4 }, { gateway: "IDEAL" })
        flagged.push((await lateOf(orderId)).id)
      }
      const all = await latePayments("?limit=100")
      expect(all.count).toBe(before + 2)
      expect(all.late_payments.map((p: any) => p.reason)).toEqual(all.late_payments.map(() => "session_canceled"))
      expect(all.late_payments.slice(0, 2).map((p: any) => p.id)).toEqual([...flagged].reverse())
      const page = await latePayments("?limit=1&offset=1")
      expect(page).toEqual(expect.objectContaining({ count: before + 2, limit: 1, offset: 1 }))
      expect(page.late_payments).toHaveLength(1)

      const refundCalls = () => fake.state.requests.filter((r) => r.path.endsWith("/refunds")).length
      const refundsBefore = refundCalls()
      expect((await resolve(flagged[0], "mark_refunded")).data.late_payment.status).toBe("refunded")
      expect((await resolve(flagged[1], "keep")).data.late_payment.status).toBe("kept")
      expect((await latePayments("?status=open")).late_payments.map((p: any) => p.id)).not.toEqual(expect.arrayContaining([flagged[0]]))
      expect((await latePayments("?status=kept")).late_payments.map((p: any) => p.id)).toEqual([flagged[1]])
      // mark_refunded and keep move no money.
      expect(refundCalls()).toBe(refundsBefore)

      // No personal data in what is stored or shown.
      const shown = JSON.stringify(all)
      expect(shown).not.toContain(customer.email)
      expect(shown).not.toMatch(/Kerkstraat|Jansen|3511/)

      for (const [q, field] of [
        ["?status=paid", "status"],
        ["?limit=0", "limit"],
        ["?offset=-1", "offset"],
        ["?limit=abc", "limit"],
        ["?limit=-1", "limit"],
        ["?limit=1.5", "limit"],
        ["?limit=101", "limit"],
        ["?offset=abc", "offset"],
        ["?offset=1e3", "offset"],
        ["?offset=99999999999", "offset"],
        ["?colour=red", "colour"],
      ]) {
        const bad = await api.get(`/admin/multisafepay/late-payments${q}`, { headers: admin, validateStatus: () => true })
        expect({ q, status: bad.status }).toEqual({ q, status: 400 })
        expect(JSON.stringify(bad.data)).toContain(field)
      }
      const badAction = await resolve(flagged[0], "delete")
      expect(badAction.status).toBe(400)
      expect(badAction.data.message).toContain("action")
      expect(
        (
          await api.post(
            `/admin/multisafepay/late-payments/${flagged[0]}/resolve`,
            { action: "keep", note: "x" },
            { headers: admin, validateStatus: () => true }
          )
        ).status
      ).toBe(400)
      expect((await resolve("msplp_missing", "keep")).status).toBe(404)
      expect((await api.get(`/admin/multisafepay/late-payments`, { validateStatus: () => true })).status).toBe(401)
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { completeCartWorkflow, createPaymentCollectionForCartWorkflow, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { prepareCart, registerCustomer, seedShop, SeededShop, startPayment } from "../../helpers/shop"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop

    beforeAll(async () => {
      shop = await seedShop(getContainer())
    })

    it("should refuse a payment session for a guest cart, naming the rule", async () => {
      const cartId = await prepareCart(api, shop, shop.headers, "gast@example.nl")
      const res = await startPayment(api, shop.headers, cartId)
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("account_required")
    })

    it("should refuse to complete a guest cart with a 400 naming the rule", async () => {
      const cartId = await prepareCart(api, shop, shop.headers, "gast@example.nl")
      const res = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: shop.headers, validateStatus: () => true })
      expect(res.status).toBe(400)
      expect(res.data).toEqual(expect.objectContaining({ type: "not_allowed", message: expect.stringContaining("account_required") }))
    })

    it("should block completion inside the workflow too, whatever route calls it", async () => {
      const container = getContainer()
      const cartId = await prepareCart(api, shop, shop.headers, "gast@example.nl")
      // A payment session made behind the Store API's back, as a webhook path would find it.
      const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cartId } })
      await createPaymentSessionsWorkflow(container).run({
        input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
      })
      const { errors } = await completeCartWorkflow(container).run({ input: { id: cartId }, throwOnError: false })
      expect(errors[0].error.message).toContain("account_required")
    })

    it("should let a registered customer pay and complete the cart", async () => {
      const customer = await registerCustomer(api, shop)
      const cartId = await prepareCart(api, shop, customer.headers)
      const session = await startPayment(api, customer.headers, cartId)
      expect(session.status).toBe(200)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: customer.headers })
      expect(data.type).toBe("order")
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({ entity: "order", fields: ["customer_id", "email"], filters: { id: data.order.id } })
      expect(orders[0]).toEqual({ customer_id: customer.customer.id, email: customer.email })
    })
  },
})

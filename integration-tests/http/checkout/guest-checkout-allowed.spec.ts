import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { prepareCart, seedShop, startPayment } from "../../helpers/shop"

jest.setTimeout(180_000)

// The shop reads PRIVACY_ALLOW_GUEST_CHECKOUT into the plugin option requireAccountForCheckout.
process.env.PRIVACY_ALLOW_GUEST_CHECKOUT = "true"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("should complete a guest cart when requireAccountForCheckout is false", async () => {
      const shop = await seedShop(getContainer())
      const cartId = await prepareCart(api, shop, shop.headers, "gast@example.nl")
      expect((await startPayment(api, shop.headers, cartId)).status).toBe(200)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: shop.headers })
      expect(data.type).toBe("order")
      expect(data.order.email).toBe("gast@example.nl")
    })
  },
})

import { MSP_PROVIDER_ID } from "../helpers/payment-multisafepay"
import { prepareCart, registerCustomer } from "../helpers/shop"
import { adminLogin, BASE_URL, screenshot, useBrowser } from "./helpers/browser"
import { storeClient } from "./helpers/store"

jest.setTimeout(180_000)

describe("MultiSafepay checkout without a storefront", () => {
  const browser = useBrowser()

  it("should place the order after 'Success' on the hosted page and show it in the admin widget", async () => {
    const { api, shop } = await storeClient()
    const customer = await registerCustomer(api, shop)
    const cartId = await prepareCart(api, shop, customer.headers)
    const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: customer.headers })
    const { data } = await api.post(
      `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
      { provider_id: MSP_PROVIDER_ID },
      { headers: customer.headers }
    )
    const paymentUrl = data.payment_collection.payment_sessions[0].data.payment_url as string

    const payPage = await browser.newPage()
    await payPage.goto(paymentUrl)
    await payPage.getByRole("button", { name: "Success" }).click()
    await payPage.waitForLoadState()

    // The fake signs and posts the webhook; Medusa completes the cart into an order.
    let orderId: string | undefined
    for (let i = 0; i < 60 && !orderId; i++) {
      const { data: orders } = await api.get("/store/orders?fields=id", { headers: customer.headers })
      orderId = orders.orders[0]?.id
      if (!orderId) await new Promise((r) => setTimeout(r, 500))
    }
    expect(orderId).toBeDefined()

    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/orders/${orderId}`)
    const widget = page.getByTestId("multisafepay-widget")
    await widget.waitFor({ timeout: 60_000 })
    await widget
      .getByTestId("msp-status")
      .filter({ hasText: /completed|captured/i })
      .first()
      .waitFor({ timeout: 30_000 })
    expect(await widget.getByTestId("msp-transaction-id").first().innerText()).toMatch(/^\d{10,}$/)
    await screenshot(page, "admin-order-multisafepay")
  })
})

import { prepareCart, registerCustomer, startPayment } from "../helpers/shop"
import { adminLogin, BASE_URL, screenshot, useBrowser } from "./helpers/browser"
import { storeClient } from "./helpers/store"

jest.setTimeout(180_000)

describe("admin E-mail page", () => {
  const browser = useBrowser()

  it("should show the order confirmation a customer just received, with the sent count", async () => {
    const { api, shop } = await storeClient()
    const customer = await registerCustomer(api, shop)
    const cartId = await prepareCart(api, shop, customer.headers)
    await startPayment(api, customer.headers, cartId)
    await api.post(`/store/carts/${cartId}/complete`, {}, { headers: customer.headers })

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/mail-log`)
    const row = page.getByTestId("mail-row").filter({ hasText: customer.email })
    await row.waitFor({ timeout: 60_000 })
    await row.getByText("order.placed").waitFor()
    await row.getByText("Sent").waitFor()
    const sent = Number(await page.getByTestId("mail-count-success").innerText())
    expect(sent).toBeGreaterThanOrEqual(1)
    await page.getByRole("link", { name: "E-mail" }).first().waitFor()
    await screenshot(page, "admin-mail-log")
  })
})

import { MSP_PROVIDER_ID } from "../helpers/payment-multisafepay"
import { prepareCart, registerCustomer } from "../helpers/shop"
import { adminLogin, BASE_URL, screenshot, useBrowser } from "./helpers/browser"
import { storeClient } from "./helpers/store"

jest.setTimeout(240_000)

const poll = async <T>(fn: () => Promise<T | undefined>, what: string, tries = 80) => {
  for (let i = 0; i < tries; i++) {
    const v = await fn()
    if (v) return v
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`timed out waiting for ${what}`)
}

/** A registered customer's cart with a MultiSafepay (iDEAL) payment session, as a storefront starts one. */
async function idealCheckout() {
  const { api, shop } = await storeClient()
  const customer = await registerCustomer(api, shop)
  const cartId = await prepareCart(api, shop, customer.headers)
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: customer.headers })
  const { data } = await api.post(
    `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
    { provider_id: MSP_PROVIDER_ID, data: { gateway: "IDEAL" } },
    { headers: customer.headers }
  )
  return { api, customer, cartId, session: data.payment_collection.payment_sessions[0] }
}

const firstOrderId = async (api: Awaited<ReturnType<typeof storeClient>>["api"], headers: Record<string, string>) => {
  const { data: orders } = await api.get("/store/orders?fields=id", { headers })
  return orders.orders[0]?.id as string | undefined
}

describe("MultiSafepay late payments in the admin", () => {
  const browser = useBrowser()

  it("should list a payment made after MultiSafepay expired it, with its order, and record the merchant's decision", async () => {
    const { api, customer, cartId, session } = await idealCheckout()
    const sessionStatus = async () => {
      const { data: c } = await api.get(`/store/carts/${cartId}?fields=id,*payment_collection.payment_sessions`, { headers: customer.headers })
      return c.cart.payment_collection?.payment_sessions?.find((s: { id: string }) => s.id === session.id)?.status as string | undefined
    }

    // The payer lets the payment expire on the hosted page; the shop closes the session.
    const payPage = await browser.newPage()
    await payPage.goto(session.data.payment_url)
    await payPage.getByRole("button", { name: "Expire" }).click()
    await payPage.waitForLoadState()
    await poll(async () => ((await sessionStatus()) === "canceled" ? true : undefined), "the expired session to be closed")

    // ... and pays anyway (a Second Chance link): the order is still placed, and the payment flagged.
    await payPage.goto(session.data.payment_url)
    await payPage.getByRole("button", { name: "Success" }).click()
    await payPage.waitForLoadState()
    const orderId = await poll(() => firstOrderId(api, customer.headers), "the order")

    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/orders`)
    await page.getByTestId("msp-late-payments-widget").waitFor({ timeout: 60_000 })
    expect(await page.getByTestId("msp-late-payments-count").innerText()).toMatch(/^\d+ late payments? to refund$/)

    await page.goto(`${BASE_URL}/app/multisafepay`)
    const row = page.getByTestId("msp-late-payment-row").filter({ hasText: session.data.order_id })
    await row.waitFor({ timeout: 60_000 })
    expect(await row.innerText()).toContain("Paid after MultiSafepay cancelled or expired it")
    const link = row.getByTestId("msp-late-payment-order-link")
    expect(await link.getAttribute("href")).toContain(`/orders/${orderId}`)
    await screenshot(page, "admin-multisafepay-late-payments")

    // The merchant ships the order anyway: "Keep", confirmed, and the row leaves the open list.
    await row.getByRole("button", { name: "Keep" }).click()
    await page.getByRole("button", { name: "Yes" }).click()
    await row.waitFor({ state: "detached", timeout: 30_000 })
    await page.getByRole("button", { name: "All" }).click()
    const handled = page.getByTestId("msp-late-payment-row").filter({ hasText: session.data.order_id })
    await handled.waitFor({ timeout: 30_000 })
    expect(await handled.innerText()).toContain("Kept")
  })

  it("should show a chargeback as an open dispute on the MultiSafepay page and let the merchant resolve it", async () => {
    const { api, customer, session } = await idealCheckout()
    const payPage = await browser.newPage()
    await payPage.goto(session.data.payment_url)
    await payPage.getByRole("button", { name: "Success" }).click()
    await payPage.waitForLoadState()
    const orderId = await poll(() => firstOrderId(api, customer.headers), "the order")

    // The card holder disputes the payment at their bank; MultiSafepay notifies the shop.
    const fakeBase = new URL(session.data.payment_url).origin
    const res = await fetch(`${fakeBase}/_test/orders/${encodeURIComponent(session.data.order_id)}/chargeback`, { method: "POST" })
    expect(res.status).toBe(200)

    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/multisafepay`)
    const section = page.getByTestId("msp-disputes")
    const row = section.getByRole("row").filter({ hasText: session.data.order_id })
    // The notification is processed after Medusa's webhook delay: reload until the list has it.
    await poll(
      async () => {
        await page.reload()
        return await row.waitFor({ timeout: 5_000 }).then(
          () => true,
          () => undefined
        )
      },
      "the dispute on the page",
      12
    )
    expect(await row.innerText()).toContain("Open dispute")
    // The order number comes from Medusa's order API after the list: wait for it.
    await row.getByRole("link", { name: /^Order #\d+$/ }).waitFor({ timeout: 30_000 })
    expect(await row.getByRole("link").getAttribute("href")).toContain(`/orders/${orderId}`)
    await screenshot(page, "admin-multisafepay-disputes")

    // The order page says so at the top, and the MultiSafepay card at once: no "Sync status" needed.
    const orderPage = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
    await adminLogin(orderPage)
    await orderPage.goto(`${BASE_URL}/app/orders/${orderId}`)
    const banner = orderPage.getByTestId("msp-order-banner")
    await banner
      .getByTestId("msp-banner-chargeback")
      .filter({ hasText: /^Chargeback: the card holder disputed €/ })
      .waitFor({ timeout: 60_000 })
    // Medusa 2.21's layout composer ignores the zone's ".before": the banner opens the widgets of the main column
    // (under Medusa's own sections) until the merchant moves it up with "Customize layout".
    expect(await banner.getAttribute("role")).toBe("alert")
    const widget = orderPage.getByTestId("multisafepay-widget")
    await widget.getByTestId("msp-status").filter({ hasText: "Chargeback" }).first().waitFor({ timeout: 30_000 })
    expect(await widget.getByTestId("msp-financial-status").first().innerText()).not.toMatch(/^[a-z_]+$/)
    expect(await widget.getByTestId("msp-control-link").getAttribute("href")).toBe("https://testmerchant.multisafepay.com")
    await widget
      .getByTestId("msp-timeline")
      .getByText(/^Chargeback of € ?\d/)
      .waitFor()
    await screenshot(orderPage, "admin-order-multisafepay-chargeback")

    // The order list warns above the table, and the settings/health page shows the webhook that just arrived.
    await orderPage.goto(`${BASE_URL}/app/orders`)
    await orderPage
      .getByTestId("msp-disputes-count")
      .filter({ hasText: /^\d+ open chargebacks?$/ })
      .waitFor({ timeout: 60_000 })
    await orderPage.goto(`${BASE_URL}/app/multisafepay/settings`)
    const settings = orderPage.getByTestId("msp-settings")
    await settings.waitFor({ timeout: 60_000 })
    expect(await settings.getByTestId("msp-settings-environment").innerText()).toBe("Test environment")
    expect(await settings.getByTestId("msp-settings-webhook").innerText()).toMatch(/\/hooks\/payment\/multisafepay_/)
    expect(await settings.getByTestId("msp-settings-last-webhook").innerText()).toMatch(/\d{4}/)
    await screenshot(orderPage, "admin-multisafepay-settings")
    await row.getByRole("button", { name: "Resolve" }).click()
    await page.getByRole("button", { name: "Resolve" }).last().click()
    await poll(async () => ((await row.innerText()).includes("Resolved") ? true : undefined), "the dispute to be resolved", 40)
  })
})

import { Browser } from "playwright-core"
import { adminLogin, BASE_URL, launchBrowser, screenshot } from "./helpers/browser"

jest.setTimeout(240_000)

const key = process.env.E2E_PUBLISHABLE_KEY ?? ""

async function store(path: string, body?: unknown, token?: string) {
  const res = await fetch(`${BASE_URL}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": key,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

describe("auctions admin", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("should put a variant up for auction through the picker with an increment table and anti-sniping, follow it live and cancel it with a reason", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/auctions`)
    await page.getByRole("button", { name: "New lot" }).click()
    // The picker: search by SKU, click the variant: no id is typed anywhere.
    await page.getByPlaceholder("Search by product title or SKU").fill("SV-27QHD")
    await page
      .getByTestId("variant-picker-results")
      .getByRole("button", { name: /SKU SV-27QHD/ })
      .first()
      .click()
    await page.getByTestId("lot-variant").getByText("SKU SV-27QHD").waitFor()
    const title = `E2E lot ${Date.now()}`
    await page.locator("#auction-title").fill(title)
    await page.locator("#auction-starting_price").fill("20")
    await page.locator("#auction-reserve_price").fill("40")
    await page.locator("#increment-step-0").fill("2.5")
    await page.getByRole("button", { name: "Add step" }).click()
    await page.locator("#increment-from-1").fill("100")
    await page.locator("#increment-step-1").fill("10")
    await page.locator("#auction-window").fill("3")
    await page.locator("#auction-extension").fill("2")
    await page.locator("#auction-cap").fill("30")
    await screenshot(page, "auctions-admin-lot-form")
    await page.getByRole("button", { name: "Create lot" }).click()
    await page.waitForURL(/\/app\/auctions\/auc_/)
    const lotId = page.url().split("/").pop()!

    await page
      .getByTestId("lot-countdown")
      .getByText(/Ends in/)
      .waitFor()
    await expect(page.getByTestId("lot-increment-table").textContent()).resolves.toMatch(/from €0\.00: \+€2\.50.*from €100\.00: \+€10\.00/)
    await expect(page.getByTestId("lot-anti-sniping").textContent()).resolves.toBe("bids in the last 3 minutes extend by 2 minutes")
    await page.getByTestId("lot-reserve").getByText("Reserve not met").waitFor()

    const email = `e2e-bieder-${Date.now()}@example.nl`
    const password = "Geheim-123!"
    const reg = await store("/auth/customer/emailpass/register", { email, password })
    await store("/store/customers", { email, first_name: "Eva", last_name: "Bieder" }, reg.token)
    const login = await store("/auth/customer/emailpass", { email, password })
    const placed = await store(`/store/auctions/${lotId}/bids`, { amount: 22.5, max_amount: 45 }, login.token)
    expect(placed.bid.is_leading).toBe(true)

    // The bidder by name and e-mail, linked to the customer page; money in the admin's format.
    const row = page.locator("tr").filter({ hasText: email })
    await row.first().waitFor({ timeout: 30_000 })
    await expect(row.first().textContent()).resolves.toContain("Eva Bieder")
    await expect(row.first().textContent()).resolves.toContain("€22.50")
    expect(
      await row
        .first()
        .getByRole("link", { name: /Eva Bieder/ })
        .getAttribute("href")
    ).toMatch(/\/app\/customers\/cus_/)

    // A rejected bid of a second customer: a human reason, never "Bieder null" or a raw enum.
    const email2 = `e2e-bieder2-${Date.now()}@example.nl`
    const reg2 = await store("/auth/customer/emailpass/register", { email: email2, password })
    await store("/store/customers", { email: email2, first_name: "Piet", last_name: "Bieder" }, reg2.token)
    const login2 = await store("/auth/customer/emailpass", { email: email2, password })
    const rejected = await fetch(`${BASE_URL}/store/auctions/${lotId}/bids`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": key, authorization: `Bearer ${login2.token}` },
      body: JSON.stringify({ amount: 20 }),
    })
    expect(rejected.status).toBe(400)
    const rejectedRow = page.locator("tr").filter({ hasText: email2 })
    await rejectedRow.first().waitFor({ timeout: 30_000 })
    await expect(rejectedRow.first().textContent()).resolves.toContain("Rejected: Too low")
    // Piet outbids Eva's proxy maximum: the chart gets a second point and the reserve is met.
    await store(`/store/auctions/${lotId}/bids`, { amount: 50 }, login2.token)
    await page.getByTestId("lot-reserve").getByText("Reserve met").waitFor({ timeout: 30_000 })
    await page.getByTestId("lot-bid-chart").locator(".recharts-line-dot").nth(1).waitFor({ timeout: 30_000 })
    const body = (await page.locator("main").textContent()) ?? ""
    expect(body).not.toMatch(/Bieder null|too_low|max_raise|cus_[0-9A-Z]{6}/)
    await screenshot(page, "auctions-admin-lot-live")

    // Cancel: a prompt that needs a reason; the reason is kept and shown.
    await page.getByRole("button", { name: "Cancel auction" }).click()
    const dialog = page.getByRole("alertdialog")
    await dialog.getByText("Cancel this auction?").waitFor()
    expect(await dialog.getByRole("button", { name: "Cancel auction" }).isDisabled()).toBe(true)
    await dialog.getByLabel("Reason (required, kept with the lot)").fill("Screen arrived damaged")
    await dialog.getByRole("button", { name: "Cancel auction" }).click()
    await page.getByTestId("lot-cancel-reason").getByText("Screen arrived damaged").waitFor()
    await page.getByText("Cancelled", { exact: true }).first().waitFor()
    // Ended lots offer no ban and no cancel.
    expect(await page.getByRole("button", { name: "Exclude bidder" }).count()).toBe(0)
    expect(await page.getByRole("button", { name: "Cancel auction" }).count()).toBe(0)
    await screenshot(page, "auctions-admin-lot-cancelled")

    // The same page in Dutch: translated labels, no raw keys.
    await page.evaluate(() => {
      document.cookie = "lng=nl; path=/"
      localStorage.setItem("lng", "nl")
    })
    await page.reload()
    await page.getByTestId("lot-cancel-reason").waitFor()
    const nl = (await page.locator("main").textContent()) ?? ""
    expect(nl).toContain("Reden van annulering")
    expect(nl).toContain("Geannuleerd")
    expect(nl).not.toMatch(/auctions\.[a-z]+\.[a-zA-Z]+/)
    await screenshot(page, "auctions-admin-lot-nl")

    // The product page lists the lot and offers "Auction this variant".
    await page.evaluate(() => {
      document.cookie = "lng=en; path=/"
      localStorage.setItem("lng", "en")
    })
    await page.reload()
    await page.getByTestId("lot-cancel-reason").waitFor()
    await page
      .getByRole("link", { name: /Softview|27/ })
      .first()
      .click()
    await page.waitForURL(/\/app\/products\/prod_/)
    const widget = page.getByTestId("product-auctions-widget")
    await widget.getByRole("link", { name: new RegExp(title) }).waitFor({ timeout: 30_000 })
    await screenshot(page, "auctions-admin-product-widget")
    await page.close()
  })
})

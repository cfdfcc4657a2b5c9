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

  it("should create a lot in the admin and show a bid placed through the Store API in its bid list", async () => {
    const { products } = await store("/store/products?fields=id,title,*variants&limit=50")
    const variantId = products.flatMap((p: any) => p.variants)[0].id
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/auctions`)
    const title = `E2E kavel ${Date.now()}`
    await page.locator("#auction-variant_id").fill(variantId)
    await page.locator("#auction-title").fill(title)
    await page.locator("#auction-starting_price").fill("20")
    await page.getByRole("button", { name: "Kavel aanmaken" }).click()
    await page.getByRole("link", { name: title }).click()
    await page.waitForURL(/\/app\/auctions\/auc_/)
    const lotId = page.url().split("/").pop()!

    const email = `e2e-bieder-${Date.now()}@example.nl`
    const password = "Geheim-123!"
    const reg = await store("/auth/customer/emailpass/register", { email, password })
    const { customer } = await store("/store/customers", { email, first_name: "Eva", last_name: "Bieder" }, reg.token)
    const login = await store("/auth/customer/emailpass", { email, password })
    const placed = await store(`/store/auctions/${lotId}/bids`, { amount: 27.5 }, login.token)
    expect(placed.bid.is_leading).toBe(true)

    const row = page.getByTestId("auction-bid-row").filter({ hasText: customer.id })
    await row.waitFor({ timeout: 30_000 })
    await expect(row.textContent()).resolves.toContain("Bieder 1")
    await expect(row.textContent()).resolves.toContain("27.50")

    // A rejected bid of a customer without an accepted one: no pseudonym, never "Bieder null".
    const email2 = `e2e-bieder2-${Date.now()}@example.nl`
    const reg2 = await store("/auth/customer/emailpass/register", { email: email2, password })
    const { customer: second } = await store("/store/customers", { email: email2, first_name: "Piet", last_name: "Bieder" }, reg2.token)
    const login2 = await store("/auth/customer/emailpass", { email: email2, password })
    const rejected = await fetch(`${BASE_URL}/store/auctions/${lotId}/bids`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": key, authorization: `Bearer ${login2.token}` },
      body: JSON.stringify({ amount: 20 }),
    })
    expect(rejected.status).toBe(400)
    const rejectedRow = page.getByTestId("auction-bid-row").filter({ hasText: second.id })
    await rejectedRow.waitFor({ timeout: 30_000 })
    await expect(rejectedRow.textContent()).resolves.toContain("geweigerd: too_low")
    expect(await page.getByTestId("auction-bid-row").filter({ hasText: "Bieder null" }).count()).toBe(0)
    await expect(rejectedRow.textContent()).resolves.not.toContain("null")
    await screenshot(page, "auctions-admin-bid-list")
  })
})

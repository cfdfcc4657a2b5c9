import fs from "fs"
import { Browser } from "playwright-core"
import { adminLogin, BASE_URL, launchBrowser, screenshot } from "./helpers/browser"

jest.setTimeout(240_000)

/** A customer registered through the Store API whose registration lies 9 months and 20 days back. */
async function customerDueWithin30Days() {
  const headers = { "content-type": "application/json", "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY! }
  const email = `e2e-privacy-${Date.now()}@example.nl`
  const reg = await fetch(`${BASE_URL}/auth/customer/emailpass/register`, { method: "POST", headers, body: JSON.stringify({ email, password: "Geheim-123!" }) }).then((r) => r.json())
  const created = await fetch(`${BASE_URL}/store/customers`, {
    method: "POST",
    headers: { ...headers, authorization: `Bearer ${reg.token}` },
    body: JSON.stringify({ email, first_name: "Eva", last_name: "Endtoend" }),
  }).then((r) => r.json())
  const { Client } = require("@medusajs/framework/pg")
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL })
  await db.connect()
  try {
    // The browser test cannot move the server's clock: age the fixture instead.
    await db.query("update customer set created_at = now() - interval '9 months 20 days' where id = $1", [created.customer.id])
  } finally {
    await db.end()
  }
  return created.customer.id as string
}

describe("privacy dashboard", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("should show the 30-day retention preview and run a dry run", async () => {
    const customerId = await customerDueWithin30Days()
    const page = await browser.newPage({ viewport: { width: 1440, height: 1400 } })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/privacy`)
    await page.getByText("Retention: next 30 days").waitFor({ timeout: 60_000 })
    await page.getByText(customerId).first().waitFor({ timeout: 30_000 })
    await page.getByText("consumer_no_orders").first().waitFor()
    await page.getByRole("button", { name: "Dry run" }).click()
    await page.getByText(/Dry run finished/).first().waitFor({ timeout: 60_000 })
    await page.getByRole("cell", { name: "dry run" }).first().waitFor({ timeout: 30_000 })
    await page.getByRole("cell", { name: "retention_dry_run" }).first().waitFor({ timeout: 30_000 })
    const file = await screenshot(page, "privacy-dashboard")
    expect(fs.statSync(file).size).toBeGreaterThan(10_000)
    // A dry run erases nothing: the customer is still in the preview.
    await page.reload()
    await page.getByText(customerId).first().waitFor({ timeout: 30_000 })
  })
})

import fs from "fs"
import { Browser } from "playwright-core"
import { adminLogin, BASE_URL, launchBrowser, screenshot } from "./helpers/browser"

jest.setTimeout(240_000)

/** A customer registered through the Store API whose registration lies 9 months and 20 days back. */
async function customerDueWithin30Days() {
  const headers = { "content-type": "application/json", "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY! }
  const email = `e2e-privacy-${Date.now()}@example.nl`
  const reg = await fetch(`${BASE_URL}/auth/customer/emailpass/register`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email, password: "Geheim-123!" }),
  }).then((r) => r.json())
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
  return { id: created.customer.id as string, email }
}

describe("privacy dashboard", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("should show who the next retention runs erase (name, rule, date), repeat it in the Run now prompt and run a dry run", async () => {
    const customer = await customerDueWithin30Days()
    const page = await browser.newPage({ viewport: { width: 1440, height: 1400 } })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/privacy`)
    const retention = page.getByRole("region", { name: "Retention: next 30 days", exact: true })
    await retention.waitFor({ timeout: 60_000 })
    const row = retention.getByRole("row").filter({ hasText: customer.email })
    await row.waitFor({ timeout: 30_000 })
    expect(await row.innerText()).toContain("Eva Endtoend")
    expect(await row.innerText()).toContain("Consumer without orders")
    // The date the customer is erased on, in the admin's (English) format: "12 Dec 2026".
    expect(await row.innerText()).toMatch(/\d{1,2} [A-Z][a-z]{2,3} \d{4}/)
    expect(await row.getByRole("link").getAttribute("href")).toContain(`/customers/${customer.id}`)
    expect(await retention.innerText()).not.toMatch(/consumer_no_orders|cus_/)

    // "Run now" asks first, saying what the preview says will happen; going back changes nothing.
    await retention.getByRole("button", { name: "Run now" }).click()
    const dialog = page.getByRole("alertdialog")
    await dialog.getByText(/As the preview shows/).waitFor()
    expect(await dialog.innerText()).toMatch(/consumers without orders: \d+/)
    await screenshot(page, "privacy-run-now-prompt")
    await dialog.getByRole("button", { name: "Go back" }).click()
    await dialog.waitFor({ state: "detached" })

    await retention.getByRole("button", { name: "Dry run" }).click()
    await page
      .getByText(/Dry run finished/)
      .first()
      .waitFor({ timeout: 60_000 })
    await page.getByRole("region", { name: "Last runs", exact: true }).getByRole("cell", { name: "Dry run" }).first().waitFor({ timeout: 30_000 })
    const file = await screenshot(page, "privacy-dashboard")
    expect(fs.statSync(file).size).toBeGreaterThan(10_000)
    await page.getByRole("tab", { name: "Audit log" }).click()
    await page.getByRole("cell", { name: "Retention dry run" }).first().waitFor({ timeout: 30_000 })
    // A dry run erases nothing: the customer is still in the preview.
    await page.goto(`${BASE_URL}/app/privacy`)
    await page.getByRole("row").filter({ hasText: customer.email }).waitFor({ timeout: 30_000 })
  })
})

import { Page } from "playwright-core"
import { adminLogin, BASE_URL, screenshot, useBrowser } from "./helpers/browser"

jest.setTimeout(240_000)

/** A customer registered through the Store API, as a storefront would. */
async function registerCustomer(tag: string) {
  const headers = { "content-type": "application/json", "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY! }
  const email = `e2e-${tag}-${Date.now()}@example.nl`
  const reg = await fetch(`${BASE_URL}/auth/customer/emailpass/register`, { method: "POST", headers, body: JSON.stringify({ email, password: "Geheim-123!" }) }).then((r) => r.json())
  const created = await fetch(`${BASE_URL}/store/customers`, {
    method: "POST",
    headers: { ...headers, authorization: `Bearer ${reg.token}` },
    body: JSON.stringify({ email, first_name: "Eva", last_name: "Endtoend" }),
  }).then((r) => r.json())
  return created.customer.id as string
}

/** What a retention run leaves when a subject's erasure failed: its clock marked failed (the browser cannot break the database mid-run). */
async function markErasureFailed(customerId: string) {
  const { Client } = require("@medusajs/framework/pg")
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL })
  await db.connect()
  try {
    await db.query(
      `insert into privacy_subject_clock (id, customer_id, last_activity_at, failed_at, created_at, updated_at)
       values ($1, $2, now() - interval '11 months', now() - interval '1 hour', now(), now())`,
      [`pclk_e2e${Date.now()}`, customerId]
    )
  } finally {
    await db.end()
  }
}

const section = (page: Page, title: string) => page.getByRole("region", { name: title, exact: true })
const confirm = async (page: Page, button: string) => page.getByRole("alertdialog").getByRole("button", { name: button, exact: true }).click()

describe("privacy admin actions", () => {
  const browser = useBrowser()

  const openPrivacyPage = async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1400 } })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/privacy`)
    await page.getByRole("heading", { name: "Legal holds", exact: true }).waitFor({ timeout: 60_000 })
    return page
  }

  it("should place a legal hold (refusing a bad customer id) and release it", async () => {
    const customerId = await registerCustomer("hold")
    const page = await openPrivacyPage()
    const holds = section(page, "Legal holds")
    await holds.getByRole("button", { name: "Place hold" }).click()
    await holds.getByLabel("Customer id").fill("jan@example.nl")
    await holds.getByLabel("Reason").fill("Open betalingsgeschil")
    await holds.getByRole("button", { name: "Save hold" }).click()
    await holds.getByRole("alert").filter({ hasText: "Customer id must be a customer id (cus_…)" }).waitFor()
    // The server's check too: a well-formed id of nobody.
    await holds.getByLabel("Customer id").fill("cus_01NOBODY")
    await holds.getByRole("button", { name: "Save hold" }).click()
    await holds.getByRole("alert").filter({ hasText: "Customer cus_01NOBODY was not found" }).waitFor({ timeout: 30_000 })

    await holds.getByLabel("Customer id").fill(customerId)
    await holds.getByLabel("Reference (optional)").fill("geschil-42")
    await holds.getByRole("button", { name: "Save hold" }).click()
    const row = holds.getByRole("row").filter({ hasText: customerId })
    await row.getByText("Active", { exact: true }).waitFor({ timeout: 30_000 })
    await row.getByText("geschil-42").waitFor()

    await row.getByRole("button", { name: "Release" }).click()
    await confirm(page, "Release")
    await row.getByText("Released", { exact: true }).waitFor({ timeout: 30_000 })
    expect(await row.getByRole("button", { name: "Release" }).count()).toBe(0)
    const audit = section(page, "Audit log")
    await audit.getByRole("cell", { name: "legal_hold_released" }).first().waitFor({ timeout: 30_000 })
    await audit.getByRole("cell", { name: "legal_hold_set" }).first().waitFor()
    await screenshot(page, "privacy-legal-holds")
  })

  it("should list a failed erasure and clear it with Retry", async () => {
    const customerId = await registerCustomer("failed")
    await markErasureFailed(customerId)
    const page = await openPrivacyPage()
    const failed = section(page, "Failed erasures")
    const row = failed.getByRole("row").filter({ hasText: customerId })
    await row.waitFor({ timeout: 30_000 })
    await row.getByRole("button", { name: "Retry" }).click()
    await confirm(page, "Retry")
    await page.getByText("Failure cleared: the next retention run erases this customer again").first().waitFor({ timeout: 30_000 })
    await row.waitFor({ state: "detached", timeout: 30_000 })
    await section(page, "Audit log").getByRole("cell", { name: "erasure_failure_cleared" }).first().waitFor({ timeout: 30_000 })
  })

  it("should add and edit a processor, and move a data-subject request through its statuses", async () => {
    const page = await openPrivacyPage()
    const processors = section(page, "Processor register")
    const name = `Bezorger ${Date.now()}`
    await processors.getByRole("button", { name: "Add processor" }).click()
    const add = processors.getByRole("form", { name: "Add processor" })
    await add.getByLabel("Name").fill(name)
    await add.getByLabel("Purpose").fill("Bezorging")
    await add.getByLabel("Data categories (comma separated)").fill("naam, adres")
    await add.getByLabel("Location").fill("NL")
    await add.getByRole("button", { name: "Save processor" }).click()
    const row = processors.getByRole("row").filter({ hasText: name })
    await row.getByText("Active", { exact: true }).waitFor({ timeout: 30_000 })

    await row.getByRole("button", { name: `Edit ${name}` }).click()
    const edit = processors.getByRole("form", { name: `Edit ${name}` })
    await edit.getByLabel("Purpose").fill("Bezorging en retouren")
    await edit.getByRole("switch").click()
    await edit.getByRole("button", { name: "Save processor" }).click()
    await row.getByText("Bezorging en retouren").waitFor({ timeout: 30_000 })
    await row.getByText("Inactive", { exact: true }).waitFor()

    const requests = section(page, "Data-subject requests")
    await requests.getByRole("button", { name: "Record request" }).click()
    const email = `brief-${Date.now()}@example.nl`
    await requests.getByLabel("or e-mail").fill(email)
    await requests.getByLabel("Note").fill("Per brief ontvangen")
    await requests.getByRole("button", { name: "Save request" }).click()
    await page.getByText("Request recorded").first().waitFor({ timeout: 30_000 })
    const statusOf = (id: string) => requests.locator(`[id="status-${id}"]`)
    const requestRow = requests.getByRole("row").filter({ hasText: email })
    await requestRow.waitFor({ timeout: 30_000 })
    const requestId = (await requestRow.getByRole("cell").first().innerText()).trim()
    expect(requestId).toMatch(/^dsr_/)
    await statusOf(requestId).click()
    await page.getByRole("option", { name: "in_progress" }).click()
    await page.getByText("Request updated").first().waitFor({ timeout: 30_000 })
    await statusOf(requestId).filter({ hasText: "in_progress" }).waitFor({ timeout: 30_000 })
    await statusOf(requestId).click()
    await page.getByRole("option", { name: "completed" }).click()
    await confirm(page, "Mark completed")
    // Closing clears the e-mail kept with the request: the row is found by its id now.
    const closed = requests.getByRole("row").filter({ hasText: requestId })
    await closed.getByText("completed", { exact: true }).waitFor({ timeout: 30_000 })
    expect(await requests.getByRole("row").filter({ hasText: email }).count()).toBe(0)
    expect(await statusOf(requestId).count()).toBe(0)
    await screenshot(page, "privacy-records")
  })
})

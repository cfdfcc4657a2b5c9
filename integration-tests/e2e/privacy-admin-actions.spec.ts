import { Page } from "playwright-core"
import { adminLogin, BASE_URL, screenshot, useBrowser } from "./helpers/browser"

jest.setTimeout(240_000)

/** A customer registered through the Store API, as a storefront would, with a name unique to the test. */
async function registerCustomer(tag: string) {
  const headers = { "content-type": "application/json", "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY! }
  const email = `e2e-${tag}-${Date.now()}@example.nl`
  const last_name = `Endtoend${tag[0].toUpperCase()}${tag.slice(1)}`
  const reg = await fetch(`${BASE_URL}/auth/customer/emailpass/register`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email, password: "Geheim-123!" }),
  }).then((r) => r.json())
  const created = await fetch(`${BASE_URL}/store/customers`, {
    method: "POST",
    headers: { ...headers, authorization: `Bearer ${reg.token}` },
    body: JSON.stringify({ email, first_name: "Eva", last_name }),
  }).then((r) => r.json())
  return { id: created.customer.id as string, email, name: `Eva ${last_name}` }
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

  const openPrivacyPage = async (sectionId?: string) => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1400 } })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/privacy${sectionId ? `?section=${sectionId}` : ""}`)
    await page.getByRole("tab", { name: "Overview" }).waitFor({ timeout: 60_000 })
    return page
  }

  it("should place a legal hold on a customer picked by e-mail (never an id) and release it, with names in the list and the audit log", async () => {
    const customer = await registerCustomer("hold")
    const page = await openPrivacyPage("holds")
    const holds = section(page, "Legal holds")
    await holds.getByRole("button", { name: "Place hold" }).click()
    await holds.getByLabel("Reason").fill("Open betalingsgeschil")
    await holds.getByRole("button", { name: "Save hold" }).click()
    await holds.getByRole("alert").filter({ hasText: "Pick the customer to hold" }).waitFor()
    // The picker searches Medusa's customers by name or e-mail.
    await holds.getByPlaceholder("Search by name or e-mail").fill(customer.email)
    await holds.getByRole("option").filter({ hasText: customer.email }).click()
    await holds.getByTestId("customer-picked").filter({ hasText: customer.name }).waitFor()
    await holds.getByLabel("Reference (optional)").fill("geschil-42")
    await holds.getByRole("button", { name: "Save hold" }).click()
    const row = holds.getByRole("row").filter({ hasText: customer.email })
    await row.getByText("Active", { exact: true }).waitFor({ timeout: 30_000 })
    await row.getByText("geschil-42").waitFor()
    expect(await row.getByRole("link", { name: new RegExp(customer.name) }).getAttribute("href")).toContain(`/customers/${customer.id}`)
    expect(await row.innerText()).toContain(process.env.E2E_ADMIN_EMAIL ?? "admin@softshop.test")
    expect(await row.innerText()).not.toContain("cus_")

    await row.getByRole("button", { name: "Release" }).click()
    await confirm(page, "Release")
    await row.getByText("Released", { exact: true }).waitFor({ timeout: 30_000 })
    expect(await row.getByRole("button", { name: "Release" }).count()).toBe(0)
    await page.getByRole("tab", { name: "Audit log" }).click()
    const audit = section(page, "Audit log")
    await audit.getByRole("cell", { name: "Legal hold released" }).first().waitFor({ timeout: 30_000 })
    await audit.getByRole("cell", { name: "Legal hold placed" }).first().waitFor()
    expect(await audit.innerText()).not.toMatch(/user:|legal_hold_/)
    await screenshot(page, "privacy-audit-log")
  })

  it("should place a hold from the customer page, show why retention will not erase them, export their data and erase them after a prompt", async () => {
    const customer = await registerCustomer("widget")
    const page = await browser.newPage({ viewport: { width: 1600, height: 1400 } })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/customers/${customer.id}`)
    const widget = page.getByTestId("customer-privacy-widget")
    await widget.waitFor({ timeout: 60_000 })
    await widget.getByTestId("customer-retention").filter({ hasText: "Erased by retention on" }).waitFor({ timeout: 30_000 })
    expect(await widget.innerText()).toContain("Consumer without orders · 10 months")

    await widget.getByRole("button", { name: "Place hold" }).click()
    await widget.getByLabel("Reason").fill("Lopende garantieclaim")
    await widget.getByRole("button", { name: "Save hold" }).click()
    await widget.getByTestId("customer-legal-hold").filter({ hasText: "Lopende garantieclaim" }).waitFor({ timeout: 30_000 })
    await widget.getByTestId("customer-retention").filter({ hasText: "Not erased while a hold applies" }).waitFor({ timeout: 30_000 })
    expect(await widget.getByRole("button", { name: "Erase customer" }).isDisabled()).toBe(true)
    await screenshot(page, "privacy-customer-widget-held")

    const download = page.waitForEvent("download")
    await widget.getByRole("button", { name: "Export data" }).click()
    expect((await download).suggestedFilename()).toBe(`privacy-export-${customer.id}.json`)

    await widget.getByTestId("customer-legal-hold").getByRole("button", { name: "Release" }).click()
    await confirm(page, "Release")
    await widget.getByTestId("customer-legal-hold").waitFor({ state: "detached", timeout: 30_000 })
    await widget.getByRole("button", { name: "Erase customer" }).click()
    const dialog = page.getByRole("alertdialog")
    await dialog.getByText(/cooling-off/).waitFor()
    expect(await dialog.innerText()).toContain("cannot be undone")
    await confirm(page, "Erase now")
    await page.getByText("Customer erased").first().waitFor({ timeout: 60_000 })
  })

  it("should list a failed erasure by name and clear it with Retry", async () => {
    const customer = await registerCustomer("failed")
    await markErasureFailed(customer.id)
    const page = await openPrivacyPage()
    const failed = section(page, "Failed erasures")
    const row = failed.getByRole("row").filter({ hasText: customer.email })
    await row.waitFor({ timeout: 30_000 })
    await row.getByRole("button", { name: "Retry" }).click()
    await confirm(page, "Retry")
    await page.getByText("Failure cleared: the next retention run erases this customer again").first().waitFor({ timeout: 30_000 })
    await row.waitFor({ state: "detached", timeout: 30_000 })
    await page.getByRole("tab", { name: "Audit log" }).click()
    await section(page, "Audit log").getByRole("cell", { name: "Erasure failure cleared" }).first().waitFor({ timeout: 30_000 })
  })

  it("should add and edit a processor, and move a data-subject request through its statuses", async () => {
    const page = await openPrivacyPage("processors")
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

    await page.getByRole("tab", { name: "Requests" }).click()
    const requests = section(page, "Data-subject requests")
    await requests.getByRole("button", { name: "Record request" }).click()
    const email = `brief-${Date.now()}@example.nl`
    await requests.getByLabel("or e-mail").fill(email)
    await requests.getByLabel("Note").fill("Per brief ontvangen")
    await requests.getByRole("button", { name: "Save request" }).click()
    await page.getByText("Request recorded").first().waitFor({ timeout: 30_000 })
    const requestRow = requests.getByRole("row").filter({ hasText: email })
    await requestRow.waitFor({ timeout: 30_000 })
    expect(await requestRow.innerText()).toContain("Access")
    const requestId = await requestRow.locator("[data-request-id]").getAttribute("data-request-id")
    expect(requestId).toMatch(/^dsr_/)
    const statusOf = () => requests.locator(`[id="status-select-${requestId}"]`)
    await statusOf().click()
    await page.getByRole("option", { name: "In progress" }).click()
    await page.getByText("Request updated").first().waitFor({ timeout: 30_000 })
    await statusOf().filter({ hasText: "In progress" }).waitFor({ timeout: 30_000 })
    await statusOf().click()
    await page.getByRole("option", { name: "Completed" }).click()
    await confirm(page, "Mark as Completed")
    // Closing clears the e-mail kept with the request: the row is found by its id now.
    const closed = requests.getByRole("row").filter({ has: page.locator(`[data-request-id="${requestId}"]`) })
    await closed.getByText("Completed", { exact: true }).waitFor({ timeout: 30_000 })
    expect(await requests.getByRole("row").filter({ hasText: email }).count()).toBe(0)
    expect(await statusOf().count()).toBe(0)
    await screenshot(page, "privacy-records")
  })
})

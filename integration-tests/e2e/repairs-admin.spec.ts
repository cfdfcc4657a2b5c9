import fs from "fs"
import { pdfText } from "../helpers/repairs"
import { adminLogin, BASE_URL, screenshot, useBrowser } from "./helpers/browser"

jest.setTimeout(300_000)

const key = process.env.E2E_PUBLISHABLE_KEY ?? ""

async function store(path: string, body?: unknown, token?: string) {
  const res = await fetch(`${BASE_URL}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": key, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

describe("repairs admin", () => {
  const browser = useBrowser()

  it("should let a technician register a repair with consent, move it through the statuses and download the receipt", async () => {
    const tag = Date.now().toString(36)
    const email = `e2e-reparatie-${tag}@example.nl`
    const reg = await store("/auth/customer/emailpass/register", { email, password: "Geheim-123!" })
    await store("/store/customers", { email, first_name: "Rita", last_name: `Reparatie${tag}` }, reg.token)

    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: "en-US", acceptDownloads: true })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/repairs`)
    await page.getByRole("button", { name: "New repair" }).click()
    await page.locator("#repair-customer-search").fill(`Reparatie${tag}`)
    await page.getByTestId("repair-customer-option").filter({ hasText: email }).click()
    await page.getByTestId("repair-work_type").click()
    await page.getByRole("option", { name: "Repair", exact: true }).click()
    await page.locator("#repair-brand").fill("HP")
    await page.locator("#repair-model").fill("EliteBook 840")
    await page.locator("#repair-problem").fill("Scharnier gebroken")
    await page.locator("#repair-check-screenOk").click()
    await page.getByRole("button", { name: "Register repair" }).click()
    await page.waitForURL(/\/app\/repairs\/rep_/)

    // Consent signed at the desk, and the visibility notice.
    await page.getByTestId("repair-give-consent").click()
    await page.getByLabel("Only test that the OS boots").click()
    await page.locator("#consent-signature").fill("Rita Reparatie")
    await page.getByTestId("repair-give-consent-save").click()
    await page.getByTestId("repair-consents").getByText("Only test that the OS boots").waitFor()
    await page.getByTestId("repair-ack-visibility").click()
    await page.getByText(/^Acknowledged/).waitFor()

    const status = page.getByTestId("repair-status")
    const move = async (to: string, label: string) => {
      await page.getByTestId(`repair-move-${to}`).click()
      await page.getByRole("button", { name: "Confirm" }).click()
      await page.waitForFunction(([l]) => document.querySelector("[data-testid=repair-status]")?.textContent === l, [label], { timeout: 30_000 })
    }
    await move("diagnosing", "Diagnosing")
    await page.locator("#repair-estimate").fill("45")
    await move("awaiting_approval", "Awaiting approval")
    await page.getByTestId("repair-estimate-approve").click()
    await page.getByTestId("repair-estimate-approve").waitFor({ state: "detached" })
    await move("in_progress", "In progress")
    await move("ready_for_pickup", "Ready for pickup")
    await page.locator("#repair-return-notes").fill("Scharnier vervangen")
    await move("delivered", "Delivered")
    await move("closed", "Closed")
    await expect(status.textContent()).resolves.toBe("Closed")

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("repair-receipt").click()])
    const file = await download.path()
    const bytes = fs.readFileSync(file!)
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-")
    const text = await pdfText(bytes)
    expect(text).toContain("HP EliteBook 840")
    expect(text).toContain("Alleen testen of het besturingssysteem opstart")
    expect(text).toContain("Rita Reparatie")
    await screenshot(page, "repairs-admin-closed")
  })
})

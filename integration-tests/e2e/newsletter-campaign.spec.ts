import fs from "fs"
import path from "path"
import { simpleParser } from "mailparser"
import { Browser } from "playwright-core"
import { adminLogin, BASE_URL, launchBrowser, screenshot } from "./helpers/browser"

jest.setTimeout(240_000)

const ROOT = path.join(__dirname, "..", "..")
const run = Date.now()

async function call(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${BASE_URL}${url}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text.slice(0, 200)}`)
  return text ? JSON.parse(text) : {}
}

/** The shop under test has no SMTP server: its mails are .eml files in its data folder. */
async function confirmLinkFor(email: string) {
  const dataDir = path.join(ROOT, ".data")
  for (const dir of fs.readdirSync(dataDir).filter((d) => d.startsWith("e2e-"))) {
    const mailDir = path.join(dataDir, dir, "mail")
    if (!fs.existsSync(mailDir)) continue
    for (const f of fs.readdirSync(mailDir)) {
      const mail = await simpleParser(fs.readFileSync(path.join(mailDir, f)))
      if (mail.to && !Array.isArray(mail.to) && mail.to.text !== email) continue
      const m = (mail.text ?? "").match(/\/newsletter\/confirm\?token=([A-Za-z0-9_-]+)/)
      if (m) return m[1]
    }
  }
  return null
}

describe("newsletter admin", () => {
  let browser: Browser
  const emails = [1, 2, 3].map((i) => `e2e-${run}-${i}@example.nl`)

  beforeAll(async () => {
    browser = await launchBrowser()
    const { token } = await call("POST", "/auth/user/emailpass", {
      email: process.env.E2E_ADMIN_EMAIL ?? "admin@softshop.test",
      password: process.env.E2E_ADMIN_PASSWORD ?? "softshop-admin",
    })
    await call(
      "POST",
      "/admin/newsletter-consent-texts",
      { locale: "nl", body: "Ja, stuur mij de nieuwsbrief van Softshop." },
      { authorization: `Bearer ${token}` }
    )
    for (const email of emails) {
      await call("POST", "/store/newsletter-subscriptions", { email }, { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY! })
      let link: string | null = null
      for (let i = 0; i < 50 && !link; i++) {
        link = await confirmLinkFor(email)
        if (!link) await new Promise((r) => setTimeout(r, 200))
      }
      if (!link) throw new Error(`no confirmation mail for ${email}`)
      const res = await fetch(`${BASE_URL}/newsletter/confirm`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: `token=${link}`,
      })
      expect(res.status).toBe(200)
    }
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("should compose a campaign in Markdown, send it after a prompt naming the audience size, show the progress reach 100%, and schedule another", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/newsletter`)
    await page.getByText(emails[0]).first().waitFor({ timeout: 60_000 })
    await page.getByTestId("newsletter-counts").waitFor()
    await screenshot(page, "newsletter-subscribers")

    // The customer page shows the subscription of the customer's address with its consent history.
    const key = { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY! }
    const reg = await call("POST", "/auth/customer/emailpass/register", { email: emails[0], password: "Geheim-123!" })
    const { customer } = await call(
      "POST",
      "/store/customers",
      { email: emails[0], first_name: "Nina", last_name: "Lezer" },
      { ...key, authorization: `Bearer ${reg.token}` }
    )
    await page.goto(`${BASE_URL}/app/customers/${customer.id}`)
    const widget = page.getByTestId("customer-newsletter-widget")
    await widget.getByText("Confirmed").first().waitFor({ timeout: 30_000 })
    await widget.getByRole("button", { name: "Unsubscribe" }).waitFor()
    await widget.locator("tr").filter({ hasText: "Requested" }).first().waitFor()
    await screenshot(page, "newsletter-customer-widget")

    await page.goto(`${BASE_URL}/app/newsletter/campaigns`)
    const subject = `Nieuw bij Softshop ${run}`
    await page.getByLabel("Subject").fill(subject)
    await page.getByLabel("Message (Markdown)").fill("# Softbook Pro 14\n\nDe **Softbook Pro 14** is binnen.")
    // The live preview renders the Markdown.
    await page.frameLocator("iframe[title=Preview]").locator("h1", { hasText: "Softbook Pro 14" }).waitFor()
    await page.getByRole("button", { name: "Save draft" }).click()

    const card = page.locator("[data-campaign]").filter({ hasText: subject })
    await card.getByRole("button", { name: "Preview as sent" }).click()
    await card
      .getByTestId("campaign-preview")
      .getByText(/List-Unsubscribe/)
      .first()
      .waitFor()

    const { token } = await call("POST", "/auth/user/emailpass", {
      email: process.env.E2E_ADMIN_EMAIL ?? "admin@softshop.test",
      password: process.env.E2E_ADMIN_PASSWORD ?? "softshop-admin",
    })
    const { audience } = await call("GET", "/admin/newsletter-campaigns/audience", undefined, { authorization: `Bearer ${token}` })
    expect(audience.count).toBeGreaterThanOrEqual(3)

    await card.getByRole("button", { name: "Send now…" }).click()
    const dialog = page.getByRole("alertdialog")
    await dialog.getByText(`Send to ${audience.count.toLocaleString("en")} confirmed subscribers?`).waitFor()
    await screenshot(page, "newsletter-send-prompt")
    await dialog.getByRole("button", { name: "Send" }).click()
    const bar = card.getByRole("progressbar")
    await bar.waitFor({ timeout: 30_000 })
    await page.waitForFunction(
      (s) => {
        const el = [...document.querySelectorAll("[data-campaign]")].find((c) => c.textContent?.includes(s))
        return el?.querySelector("[role=progressbar]")?.getAttribute("aria-valuenow") === "100"
      },
      subject,
      { timeout: 60_000 }
    )
    await card.getByText(`sent ${audience.count}`).waitFor()
    await card.getByText("Sent", { exact: true }).waitFor()
    const file = await screenshot(page, "newsletter-campaign-sent")
    expect(fs.statSync(file).size).toBeGreaterThan(10_000)

    // A second draft, scheduled for tomorrow through a prompt; it stays a draft until then.
    const later = `Later bij Softshop ${run}`
    await page.getByLabel("Subject").fill(later)
    await page.getByLabel("Message (Markdown)").fill("Binnenkort: de **Softview 34**.")
    await page.getByRole("button", { name: "Save draft" }).click()
    const next = page.locator("[data-campaign]").filter({ hasText: later })
    const tomorrow = new Date(Date.now() + 86400_000)
    const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
    await next.getByLabel("Send at").fill(local)
    await next.getByRole("button", { name: "Schedule" }).click()
    await page
      .getByRole("alertdialog")
      .getByText(/^Schedule for /)
      .waitFor()
    await page.getByRole("alertdialog").getByRole("button", { name: "Schedule" }).click()
    await next.getByTestId("campaign-scheduled").waitFor()
    await next.getByText("Scheduled", { exact: true }).waitFor()
    await screenshot(page, "newsletter-campaign-scheduled")
    const { newsletter_campaigns } = await call("GET", "/admin/newsletter-campaigns", undefined, { authorization: `Bearer ${token}` })
    const saved = newsletter_campaigns.find((c: any) => c.subject === later)
    expect(saved.status).toBe("draft")
    expect(Math.abs(new Date(saved.send_at).getTime() - new Date(local).getTime())).toBeLessThan(60_000)
    await page.close()
  })
})

import fs from "fs"
import { screenshot, useBrowser } from "./helpers/browser"
import { adminAuth, apiCustomer, assertAccessible, call, ensureCookieText, linkInMail, storefrontLogin, STOREFRONT_URL } from "./helpers/storefront"

jest.setTimeout(300_000)

describe("storefront: cookie consent, newsletter and privacy rights", () => {
  const browser = useBrowser()
  beforeAll(() => ensureCookieText())

  it("should load no analytics before consent, record 'necessary only' with the text version, and let the footer change it", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } }) // a phone
    const analytics: string[] = []
    page.on("request", (r) => {
      if (r.url().includes("/analytics.js")) analytics.push(r.url())
    })
    await page.goto(STOREFRONT_URL)
    const banner = page.getByTestId("cookie-banner")
    await banner.waitFor()
    const version = await banner.locator(".policy-text").getAttribute("data-version")
    await assertAccessible(page)
    await screenshot(page, "storefront-cookie-banner")
    expect(analytics).toEqual([])

    await banner.getByRole("button", { name: "Alleen noodzakelijk" }).click()
    await banner.waitFor({ state: "detached" })
    const visitor = await page.evaluate(() => localStorage.getItem("softshop_visitor"))
    const { consent } = await call("GET", `/store/privacy/consents?visitor_id=${visitor}`)
    expect(consent.categories.analytics).toEqual(expect.objectContaining({ granted: false, policy_text_version: version }))
    expect(consent.categories.analytics.recorded_at).toBeTruthy()
    expect(consent.categories.marketing.granted).toBe(false)

    await page.reload()
    await page.getByRole("heading", { level: 1 }).waitFor()
    expect(await page.getByTestId("cookie-banner").count()).toBe(0)
    expect(analytics).toEqual([])
    expect(await page.evaluate(() => document.documentElement.dataset.analytics ?? null)).toBeNull()

    // Changeable from the footer
    await page.getByRole("contentinfo").getByRole("link", { name: "Cookie-instellingen" }).click()
    await page.getByTestId("consent-recorded").filter({ hasText: "Uw keuze is vastgelegd" }).waitFor()
    await page.getByLabel(/Statistieken/).check()
    await page.getByRole("button", { name: "Keuze opslaan" }).click()
    await page.waitForFunction(() => document.documentElement.dataset.analytics === "loaded")
    expect(analytics.length).toBe(1)
    const after = await call("GET", `/store/privacy/consents?visitor_id=${visitor}`)
    expect(after.consent.categories.analytics.granted).toBe(true)
    expect(after.consent.categories.marketing.granted).toBe(false)
    await assertAccessible(page)
    await screenshot(page, "storefront-cookie-settings")
  })

  it("should say the recorded choice is unknown, not 'no choice yet', when it cannot be read, and show it after a retry", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(STOREFRONT_URL)
    await page.getByTestId("cookie-banner").getByRole("button", { name: "Alleen noodzakelijk" }).click()
    await page.getByTestId("cookie-banner").waitFor({ state: "detached" })

    // The network drops every read of the recorded choice (the shop itself is untouched; saving still works).
    let offline = true
    let dropped = 0
    await page.route("**/store/privacy/consents*", (route) => {
      if (offline && route.request().method() === "GET") {
        dropped++
        return route.abort("connectionreset")
      }
      return route.continue()
    })
    await page.goto(`${STOREFRONT_URL}/cookies`)
    const unknown = page.getByTestId("consent-unknown")
    await unknown.filter({ hasText: "kon niet worden opgehaald" }).waitFor()
    expect(dropped).toBeGreaterThan(0)
    expect(await page.getByTestId("consent-recorded").count()).toBe(0)
    expect(await page.getByText("U heeft nog geen keuze gemaakt").count()).toBe(0)
    expect(await page.getByTestId("cookie-banner").count()).toBe(0)
    expect(await page.evaluate(() => document.documentElement.dataset.analytics ?? null)).toBeNull()
    await assertAccessible(page)

    offline = false
    await unknown.getByRole("button", { name: "Opnieuw proberen" }).click()
    await page.getByTestId("consent-recorded").filter({ hasText: "Uw keuze is vastgelegd" }).waitFor()
    expect(await page.getByTestId("consent-unknown").count()).toBe(0)
    await page.getByRole("button", { name: "Keuze opslaan" }).waitFor()
  })

  it("should sign up for the newsletter, confirm from the mail and unsubscribe from a newsletter's link", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(STOREFRONT_URL)
    await page.getByTestId("cookie-banner").getByRole("button", { name: "Alleen noodzakelijk" }).click()
    const email = `lezer-${Date.now()}@example.nl`
    const footer = page.getByRole("contentinfo")
    await footer.locator(".consent-text").waitFor()
    await footer.getByLabel("Uw e-mailadres").fill(email)
    await footer.getByRole("button", { name: "Aanmelden" }).click()
    await page.getByTestId("newsletter-sent").filter({ hasText: email }).waitFor()

    // Double opt-in: the mail links to the storefront's confirm page; opening it changes nothing.
    const confirm = await linkInMail(email, "/newsletter/confirm")
    expect(confirm.origin).toBe(STOREFRONT_URL)
    await page.goto(confirm.href)
    await page.getByRole("heading", { name: "Aanmelding bevestigen" }).waitFor()
    await assertAccessible(page)
    await page.getByRole("button", { name: "Bevestigen" }).click()
    await page.locator("[data-outcome=confirmed]").waitFor()
    await screenshot(page, "storefront-newsletter-confirmed")

    // A newsletter goes out; its footer link opens the storefront's unsubscribe page.
    const admin = await adminAuth()
    const { newsletter_campaign } = await call(
      "POST",
      "/admin/newsletter-campaigns",
      { subject: `Storefront e2e ${Date.now()}`, html: "<p>Nieuw binnen.</p>", text: "Nieuw binnen." },
      admin
    )
    await call("POST", `/admin/newsletter-campaigns/${newsletter_campaign.id}/send`, {}, admin)
    const unsubscribe = await linkInMail(email, "/newsletter/unsubscribe", 60_000)
    expect(unsubscribe.origin).toBe(STOREFRONT_URL)
    await page.goto(unsubscribe.href)
    await page.getByRole("button", { name: "Afmelden" }).click()
    await page.locator("[data-outcome=unsubscribed]").waitFor()
    await screenshot(page, "storefront-newsletter-unsubscribed")
  })

  it("should download my data and request and then cancel erasure with the password", async () => {
    const customer = await apiCustomer("privacy")
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    await page.goto(STOREFRONT_URL)
    await page.getByTestId("cookie-banner").getByRole("button", { name: "Alleen noodzakelijk" }).click()
    await storefrontLogin(page, customer.email, customer.password, "/account/privacy")
    await page.getByRole("heading", { name: "Mijn gegevens downloaden" }).waitFor()
    await assertAccessible(page)

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download als JSON" }).click()])
    const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8"))
    expect(data.subject.email).toBe(customer.email)
    expect(Array.isArray(data.modules)).toBe(true)
    await page.getByTestId("export-done").waitFor()

    await page.getByRole("button", { name: "Maak een ZIP-downloadlink" }).click()
    const href = await page.getByTestId("export-zip").getAttribute("href")
    expect(href).toContain("/privacy/export-download?token=")
    const zip = await fetch(href!)
    expect(zip.status).toBe(200)
    expect(
      Buffer.from(await zip.arrayBuffer())
        .subarray(0, 2)
        .toString()
    ).toBe("PK")

    await page.getByLabel("Bevestig met uw wachtwoord").fill("niet-het-wachtwoord")
    await page.getByRole("button", { name: "Verwijdering aanvragen" }).click()
    await page.getByRole("alert").filter({ hasText: "Dat is niet het wachtwoord" }).waitFor()
    await page.getByLabel("Bevestig met uw wachtwoord").fill(customer.password)
    await page.getByRole("button", { name: "Verwijdering aanvragen" }).click()
    await page.getByTestId("erasure-open").filter({ hasText: "Uw verwijderverzoek is ontvangen" }).waitFor()
    await screenshot(page, "storefront-erasure-requested")
    await page.getByRole("button", { name: "Verzoek intrekken" }).click()
    await page.getByTestId("erasure-cancelled").waitFor()
    const { data_subject_requests } = await call("GET", "/store/privacy/erasure-requests", undefined, customer.headers)
    expect(data_subject_requests[0].status).toBe("cancelled")
    await assertAccessible(page)
    await screenshot(page, "storefront-erasure-cancelled")
  })
})

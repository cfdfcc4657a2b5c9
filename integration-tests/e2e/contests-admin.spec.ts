import { Browser, Page } from "playwright-core"
import { execFileSync } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"
import { adminLogin, BASE_URL, launchBrowser, screenshot } from "./helpers/browser"

jest.setTimeout(300_000)

const key = process.env.E2E_PUBLISHABLE_KEY ?? ""

async function store(p: string, body?: unknown, token?: string) {
  const res = await fetch(`${BASE_URL}${p}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": key, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${p}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

async function entrant(n: number) {
  const email = `e2e-deelnemer-${n}-${Date.now()}@example.nl`
  const password = "Geheim-123!"
  const reg = await store("/auth/customer/emailpass/register", { email, password })
  await store("/store/customers", { email, first_name: `Eva${n}`, last_name: "Deelnemer" }, reg.token)
  return (await store("/auth/customer/emailpass", { email, password })).token as string
}

/** The browser's local "YYYY-MM-DDTHH:mm" for a datetime-local input. */
const localInput = (page: Page, ms: number) =>
  page.evaluate((t) => {
    const d = new Date(t)
    return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
  }, ms)

describe("contests admin", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("should create a contest from the template, run the draw and show verification data that matches the public winners list", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/contests`)
    await page.getByRole("button", { name: /New contest|Nieuwe winactie/ }).click()
    const title = `E2E winactie ${Date.now()}`
    await page.locator("#contest-title").fill(title)
    await page.locator("#contest-promoted_product").fill("Softshop monitoren")
    await page.locator("#contest-prize_name").fill("27-inch monitor")
    await page.locator("#contest-prize_value").fill("349")
    await page.locator("#contest-prize_quantity").fill("2")
    // The merchant's own details: a shop's first contest starts without them, later ones take them from the latest.
    const organiser = `Softshop B.V., Kerkstraat ${Date.now() % 1000}, Utrecht`
    await page.locator("#contest-organiser").fill(organiser)
    await page.locator("#contest-complaints_contact").fill("klachten@softshop.nl")
    await page.locator("#contest-terms_url").fill("https://softshop.nl/winactie")
    // The template pre-fills the legal items; the checks and the rendered terms follow the input.
    await page.getByTestId("contest-terms-preview").filter({ hasText: "27-inch monitor" }).waitFor({ timeout: 30_000 })
    await expect(page.getByTestId("contest-terms-preview").textContent()).resolves.toContain("Kansspelbelasting")
    // An over-cap prize is flagged by its rule before saving.
    await page.locator("#contest-prize_value").fill("60000")
    await page.getByTestId("contest-checks").filter({ hasText: "✗" }).waitFor({ timeout: 30_000 })
    await expect(page.getByTestId("contest-checks").textContent()).resolves.toMatch(/100,000|100\.000/)
    await page.locator("#contest-prize_value").fill("349")
    const endsAt = await localInput(page, Date.now() + 150_000)
    await page.locator("#contest-ends_at").fill(endsAt)
    // The draw is set an hour after the end, so the scheduled maintenance job (every
    // 5 minutes, draws contests whose draw time has come) cannot draw before the admin does.
    await page.locator("#contest-draw_at").fill(await localInput(page, Date.now() + 3_600_000))
    await page.getByTestId("contest-checks").filter({ hasNotText: "✗" }).waitFor({ timeout: 30_000 })
    await page.getByRole("button", { name: /Create draft|Concept aanmaken/ }).click()
    await page.waitForURL(/\/app\/contests\/cnt_/)
    const contestId = page.url().split("/").pop()!
    // The next new contest starts with those details filled in; closing it creates nothing.
    await page.goto(`${BASE_URL}/app/contests`)
    await page.getByRole("button", { name: /New contest|Nieuwe winactie/ }).click()
    for (const end = Date.now() + 30_000; (await page.locator("#contest-organiser").inputValue()) !== organiser;) {
      if (Date.now() > end) throw new Error(`organiser not carried over: "${await page.locator("#contest-organiser").inputValue()}"`)
      await new Promise((r) => setTimeout(r, 250))
    }
    expect(await page.locator("#contest-terms_url").inputValue()).toBe("https://softshop.nl/winactie")
    expect(await page.locator("#contest-title").inputValue()).toBe("")
    await page.keyboard.press("Escape")
    await page.goto(`${BASE_URL}/app/contests/${contestId}`)
    await page.getByRole("button", { name: /^(Publish|Publiceren)$/ }).click()
    const commitment = page.getByTestId("contest-commitment").first()
    await page
      .getByTestId("contest-status")
      .filter({ hasText: /Published|Gepubliceerd/ })
      .waitFor({ timeout: 30_000 })
    const committed = (await commitment.textContent())!.trim()
    expect(committed).toMatch(/^[0-9a-f]{64}$/)

    const { contest } = await store(`/store/contests/${contestId}`)
    expect(contest.seed_commitment).toBe(committed)
    for (let i = 0; i < 3; i++)
      await store(
        `/store/contests/${contestId}/entries`,
        { terms_version: contest.terms_version, accept_terms: true, age_confirmation: "adult", publicity: "first_name" },
        await entrant(i)
      )

    // Wait for the end (datetime-local has minute precision), then draw from the admin with confirmation.
    const end = new Date(contest.ends_at).getTime()
    while (Date.now() < end + 2000) await new Promise((r) => setTimeout(r, 1000))
    await page.reload()
    await page.getByTestId("contest-entries-count").filter({ hasText: "3" }).waitFor({ timeout: 30_000 })
    await page.getByRole("button", { name: /^(Run draw|Trekking uitvoeren)$/ }).click()
    await page.getByRole("button", { name: /^(Draw|Trekken)$/ }).click()
    await page
      .getByTestId("contest-status")
      .filter({ hasText: /Drawn|Getrokken/ })
      .waitFor({ timeout: 30_000 })
    const round1 = page.getByTestId("contest-drawing-1")
    const seed = (await round1.getByTestId("contest-seed").textContent())!.trim()
    const snapshotHash = (await round1.getByTestId("contest-snapshot-hash").textContent())!.trim()
    expect(seed).toMatch(/^[0-9a-f]{64}$/)
    await expect(page.getByTestId("contest-winner-row").count()).resolves.toBe(2)
    await screenshot(page, "contests-admin-draw")

    const pub = await store(`/store/contests/${contestId}/winners`)
    const d1 = pub.verification.drawings.find((d: any) => d.round === 1)
    expect(d1).toEqual(expect.objectContaining({ seed, snapshot_hash: snapshotHash, seed_commitment: committed }))
    const rows = await page.getByTestId("contest-winner-row").allTextContents()
    for (const w of pub.winners) {
      expect(rows.some((r) => r.includes(w.entry_id))).toBe(true)
      expect(w.shown.first_name).toMatch(/^Eva\d$/)
    }
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "e2e-draw-")), "draw.json")
    fs.writeFileSync(file, JSON.stringify(pub))
    const out = execFileSync(process.execPath, [path.join(__dirname, "../../plugins/contests/bin/verify-draw.mjs"), file], { encoding: "utf8" })
    expect(out).toContain("draw verified")
  })
})

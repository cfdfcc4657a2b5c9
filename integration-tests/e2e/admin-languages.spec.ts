import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import { adminLogin, BASE_URL, screenshot, useBrowser } from "./helpers/browser"

jest.setTimeout(300_000)

const PLUGINS = path.join(__dirname, "..", "..", "plugins")
const walk = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    : []

/** Every key of every plugin's admin translations (`a.b.c`, plural suffixes dropped). */
function translationKeys() {
  const keys = new Set<string>()
  const flat = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      const key = prefix ? `${prefix}.${k}` : k
      if (v && typeof v === "object") flat(v as Record<string, unknown>, key)
      else keys.add(key.replace(/_(zero|one|two|few|many|other)$/, ""))
    }
  }
  for (const file of walk(PLUGINS).filter((f) => /src\/admin\/i18n\/json\/[a-z]+\.json$/.test(f))) flat(JSON.parse(fs.readFileSync(file, "utf8")), "")
  return keys
}

/** The snake_case values of the plugins' enums (model.enum, z.enum, `[...] as const`, string-literal union types). */
function enumValues() {
  const values = new Set<string>()
  const groups = [/\.enum\(\s*\[([^\]]*)\]/g, /=\s*\[([^\]]*)\]\s*as const/g, /type\s+\w+\s*=\s*((?:\s*\|?\s*"[^"]*")+)/g]
  const files = walk(PLUGINS).filter((f) => /\/src\/.*\.ts$/.test(f) && !/\/(admin|__tests__|node_modules|\.medusa)\//.test(f))
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8")
    for (const re of groups) for (const m of text.matchAll(re)) for (const v of m[1].matchAll(/"([a-z]+(?:_[a-z]+)+)"/g)) values.add(v[1])
  }
  return values
}

/** The admin pages of every plugin: the routes under plugins/<plugin>/src/admin/routes without a `[param]`. */
function pluginPages() {
  return walk(PLUGINS)
    .filter((f) => /src\/admin\/routes\/.*page\.tsx$/.test(f) && !f.includes("["))
    .map((f) => ({
      plugin: path.relative(PLUGINS, f).split(path.sep)[0],
      route:
        "/" +
        path
          .dirname(f.split(`${path.sep}routes${path.sep}`)[1])
          .split(path.sep)
          .join("/"),
    }))
    .sort((a, b) => a.route.localeCompare(b.route))
}

async function registerCustomer() {
  const headers = { "content-type": "application/json", "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY! }
  const email = `e2e-lang-${Date.now()}@example.nl`
  const reg = await fetch(`${BASE_URL}/auth/customer/emailpass/register`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email, password: "Geheim-123!" }),
  }).then((r) => r.json())
  const created = await fetch(`${BASE_URL}/store/customers`, {
    method: "POST",
    headers: { ...headers, authorization: `Bearer ${reg.token}` },
    body: JSON.stringify({ email, first_name: "Taal", last_name: "Test" }),
  }).then((r) => r.json())
  return created.customer.id as string
}

/**
 * Medusa 2.21's admin keeps the user's language in the browser, not on the user: i18next's `lng` cookie and
 * localStorage entry (dashboard src/i18n/config.ts), written by Profile → Language.
 */
async function setLanguage(page: Page, lng: "nl" | "en") {
  await page.context().addCookies([{ name: "lng", value: lng, url: BASE_URL }])
  await page.evaluate((l) => window.localStorage.setItem("lng", l), lng)
}

describe("plugin admin pages in Dutch and English", () => {
  const browser = useBrowser()
  const keys = translationKeys()
  const enums = enumValues()
  const pages = pluginPages()

  it("should find the plugins' pages, translations and enums to check", () => {
    expect(pages.map((p) => p.route)).toEqual(
      expect.arrayContaining(["/privacy", "/multisafepay", "/multisafepay/settings", "/auctions", "/newsletter", "/reviews", "/repairs", "/contests"])
    )
    expect(keys.has("privacy.holds.title")).toBe(true)
    expect(enums.has("consumer_after_last_order")).toBe(true)
    expect(enums.has("cooling_off")).toBe(true)
  })

  it.each(["nl", "en"] as const)("should show no raw translation key or enum value on any plugin page (%s)", async (lng) => {
    const customerId = await registerCustomer()
    const page = await browser.newPage({ viewport: { width: 1440, height: 1200 } })
    // The login form is the same in both languages only before a language is chosen: log in, then choose.
    await adminLogin(page)
    await setLanguage(page, lng)
    const privacySections = ["requests", "holds", "processors", "texts", "audit"].map((s) => ({ plugin: "privacy", route: `/privacy?section=${s}` }))
    const targets = [...pages, ...privacySections, { plugin: "customer page widgets", route: `/customers/${customerId}` }]
    const problems: string[] = []
    for (const target of targets) {
      await page.goto(`${BASE_URL}/app${target.route}`)
      await page.locator("main, [role=main], #root").first().waitFor({ timeout: 60_000 })
      // Lists load after the page: wait until the admin's requests have settled.
      await page.waitForLoadState("networkidle", { timeout: 20_000 }).catch(() => undefined)
      const text = await page.evaluate(() => document.body.innerText)
      const rawKeys = [...new Set([...text.matchAll(/\b[a-z_]+\.[a-zA-Z_]+(?:\.[a-zA-Z_]+)+\b/g)].map((m) => m[0]).filter((k) => keys.has(k)))]
      const rawEnums = [...new Set([...text.matchAll(/\b[a-z]+(?:_[a-z]+)+\b/g)].map((m) => m[0]).filter((v) => enums.has(v)))]
      if (rawKeys.length) problems.push(`${lng} ${target.route} (${target.plugin}): untranslated keys ${rawKeys.join(", ")}`)
      if (rawEnums.length) problems.push(`${lng} ${target.route} (${target.plugin}): enum values shown ${rawEnums.join(", ")}`)
      await screenshot(page, `lang-${lng}-${target.route.replace(/^\//, "").replace(/[^a-z0-9]+/gi, "-")}`)
    }
    expect(problems).toEqual([])
  })
})

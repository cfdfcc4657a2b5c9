import fs from "fs"
import path from "path"
import { simpleParser } from "mailparser"
import { Page } from "playwright-core"
import { BASE_URL } from "./browser"

/** The storefront the e2e tier serves next to the shop (scripts/lib/e2e.mjs). */
export const STOREFRONT_URL = process.env.E2E_STOREFRONT_URL ?? "http://localhost:8000"
const KEY = { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY ?? "" }

export async function call<T = any>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(`${BASE_URL}${url}`, {
    method,
    headers: { "content-type": "application/json", ...KEY, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text.slice(0, 300)}`)
  return (text ? JSON.parse(text) : {}) as T
}

export async function adminAuth() {
  const { token } = await call("POST", "/auth/user/emailpass", {
    email: process.env.E2E_ADMIN_EMAIL ?? "admin@softshop.test",
    password: process.env.E2E_ADMIN_PASSWORD ?? "softshop-admin",
  })
  return { authorization: `Bearer ${token}` }
}

/** The banner needs a published cookie text; publishes one when the shop has none yet. */
export async function ensureCookieText() {
  for (const locale of ["nl", "en"]) {
    const res = await fetch(`${BASE_URL}/store/privacy/policy-texts/current?kind=cookies&locale=${locale}`, { headers: KEY })
    if (res.ok) continue
    await call(
      "POST",
      "/admin/privacy/policy-texts",
      {
        kind: "cookies",
        version: `e2e-${Date.now()}`,
        locale,
        body:
          locale === "nl"
            ? "Softshop gebruikt noodzakelijke cookies voor inloggen en de winkelwagen. Statistieken en marketing alleen met uw toestemming."
            : "Softshop uses necessary cookies for login and the cart. Statistics and marketing only with your consent.",
      },
      await adminAuth()
    )
  }
}

/** A customer made through the Store API (as the storefront's register form does). */
export async function apiCustomer(prefix: string) {
  const email = `${prefix}-${Date.now()}-${Math.round(Math.random() * 1e4)}@example.nl`
  const password = "Geheim-123!"
  const reg = await call("POST", "/auth/customer/emailpass/register", { email, password })
  await call("POST", "/store/customers", { email, first_name: "Eva", last_name: "de Vries" }, { authorization: `Bearer ${reg.token}` })
  const login = await call("POST", "/auth/customer/emailpass", { email, password })
  return { email, password, headers: { authorization: `Bearer ${login.token}` } }
}

/** Logs in through the storefront's own form. */
export async function storefrontLogin(page: Page, email: string, password: string, next = "/account") {
  await page.goto(`${STOREFRONT_URL}/account/inloggen?next=${encodeURIComponent(next)}`)
  await page.getByLabel("E-mailadres", { exact: true }).fill(email)
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password)
  await page.getByRole("button", { name: "Inloggen" }).click()
  await page.waitForURL((u) => u.pathname === next.split("?")[0])
}

/** Dismisses the cookie banner with "necessary only" when it shows. */
export async function refuseCookies(page: Page) {
  const banner = page.getByTestId("cookie-banner")
  await banner.waitFor({ timeout: 30_000 })
  await banner.getByRole("button", { name: "Alleen noodzakelijk" }).click()
  await banner.waitFor({ state: "detached" })
}

/** Lighthouse-style basics on the current page: every image has alt text, every input a label. */
export async function assertAccessible(page: Page) {
  const problems = await page.evaluate(() => {
    const out: string[] = []
    for (const img of Array.from(document.querySelectorAll("img"))) {
      if (!img.hasAttribute("alt")) out.push(`img without alt: ${img.getAttribute("src")}`)
      else if (!img.alt.trim() && !img.closest("a[aria-label], button[aria-label], label"))
        out.push(`img with empty alt outside a labelled control: ${img.getAttribute("src")}`)
    }
    for (const el of Array.from(document.querySelectorAll("input, select, textarea")) as HTMLInputElement[]) {
      if (el.type === "hidden") continue
      const labelled =
        (el.id && document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim()) ||
        el.closest("label")?.textContent?.trim() ||
        el.getAttribute("aria-label")?.trim() ||
        (el.getAttribute("aria-labelledby") &&
          el
            .getAttribute("aria-labelledby")!
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? "")
            .join("")
            .trim())
      if (!labelled) out.push(`${el.tagName.toLowerCase()}[name=${el.getAttribute("name")}] without a label`)
    }
    return out
  })
  expect(problems).toEqual([])
}

/** Mails of the shop under test: it has no SMTP server, so they are .eml files in its data folder. */
export async function mailsTo(email: string) {
  const dir = path.join(process.env.E2E_DATA_DIR ?? "", "mail")
  if (!process.env.E2E_DATA_DIR || !fs.existsSync(dir)) return []
  const out = []
  for (const f of fs.readdirSync(dir).sort()) {
    const mail = await simpleParser(fs.readFileSync(path.join(dir, f)))
    const to = Array.isArray(mail.to) ? mail.to.map((t) => t.text).join(",") : (mail.to?.text ?? "")
    if (to.toLowerCase().includes(email.toLowerCase())) out.push(mail)
  }
  return out
}

/** The first link in a mail to `email` whose path is `pathname`, waiting for the mail to arrive. */
export async function linkInMail(email: string, pathname: string, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs
  for (;;) {
    for (const mail of await mailsTo(email)) {
      const m = (mail.text ?? "").match(new RegExp(`https?://[^\\s"<>]+${pathname.replace(/\//g, "\\/")}\\?token=[^\\s"<>]+`))
      if (m) return new URL(m[0])
    }
    if (Date.now() > end) throw new Error(`no mail to ${email} with a ${pathname} link`)
    await new Promise((r) => setTimeout(r, 300))
  }
}

import fs from "fs"
import path from "path"
import { Browser, chromium, Page } from "playwright-core"

export const BASE_URL = process.env.E2E_BASE_URL ?? "http://localhost:9000"
export const ARTIFACTS = path.join(__dirname, "..", "artifacts")

/** Debian's Chromium, headless, with no background traffic (the network here is closed). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  const file = path.join(ARTIFACTS, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** Logs in to the admin dashboard through its own login form. */
export async function adminLogin(page: Page) {
  await page.goto(`${BASE_URL}/app/login`)
  await page.getByPlaceholder("Email").fill(process.env.E2E_ADMIN_EMAIL ?? "admin@softshop.test")
  await page.getByPlaceholder("Password").fill(process.env.E2E_ADMIN_PASSWORD ?? "softshop-admin")
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((url) => !url.pathname.includes("/login"), { timeout: 60_000 })
}

/** One Chromium per test file: launched before its tests, closed after them. */
export function useBrowser() {
  const ref: { browser?: Browser } = {}
  beforeAll(async () => {
    ref.browser = await launchBrowser()
  })
  afterAll(async () => {
    await ref.browser?.close()
  })
  return {
    newPage: (options?: Parameters<Browser["newPage"]>[0]) => ref.browser!.newPage(options),
  }
}

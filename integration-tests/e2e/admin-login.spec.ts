import fs from "fs"
import { adminLogin, BASE_URL, screenshot, useBrowser } from "./helpers/browser"

jest.setTimeout(180_000)

describe("admin dashboard", () => {
  const browser = useBrowser()

  it("should let the seeded admin log in and list the demo products", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/products`)
    await page.getByText("Softbook Pro 14").first().waitFor({ timeout: 60_000 })
    await page.getByText("PC herinstallatie").first().waitFor()
    const file = await screenshot(page, "admin-products")
    expect(fs.statSync(file).size).toBeGreaterThan(10_000)
  })

  it("should refuse a wrong password on the login form", async () => {
    const page = await browser.newPage()
    await page.goto(`${BASE_URL}/app/login`)
    await page.getByPlaceholder("Email").fill("admin@softshop.test")
    await page.getByPlaceholder("Password").fill("wrong-password")
    await page.getByRole("button", { name: "Continue with Email" }).click()
    await page.getByText("Invalid email or password").first().waitFor({ timeout: 30_000 })
    expect(page.url()).toContain("/login")
  })
})

import { screenshot, useBrowser } from "./helpers/browser"
import { assertAccessible, ensureCookieText, refuseCookies, STOREFRONT_URL } from "./helpers/storefront"

jest.setTimeout(300_000)

/**
 * A new customer's whole purchase in the storefront: catalogue → cart → register (checkout is
 * account-only) → address, shipping, MultiSafepay method → the hosted (fake) payment page →
 * the return page shows the order the webhook placed → the order under "Mijn bestellingen".
 */
describe("storefront: catalogue, account and checkout", () => {
  const browser = useBrowser()
  beforeAll(() => ensureCookieText())

  it("should serve the app for every client route, its configuration, and nothing outside its build", async () => {
    const config = await (await fetch(`${STOREFRONT_URL}/config.json`)).json()
    expect(config).toEqual(expect.objectContaining({ backendUrl: process.env.E2E_BASE_URL, publishableKey: process.env.E2E_PUBLISHABLE_KEY }))
    const deep = await fetch(`${STOREFRONT_URL}/checkout/multisafepay/return?transactionid=x`)
    expect(deep.status).toBe(200)
    expect(await deep.text()).toContain('<div id="root">')
    for (const p of ["/%2e%2e/package.json", "/..%2f..%2fpackage.json", "/assets/missing.js", "/.source-hash"]) {
      expect((await fetch(`${STOREFRONT_URL}${p}`)).status).toBe(404)
    }
    expect((await fetch(`${STOREFRONT_URL}/`, { method: "POST" })).status).toBe(405)
  })

  it("should let a new customer find a product, register, pay on the hosted page and see the order", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors: string[] = []
    page.on("pageerror", (e) => errors.push(e.message))

    await page.goto(STOREFRONT_URL)
    await refuseCookies(page)
    await page.getByRole("heading", { level: 1 }).waitFor()
    await page.locator(".product-card img").first().waitFor()
    await assertAccessible(page)
    await screenshot(page, "storefront-home")

    // Categories and search
    await page.getByRole("navigation", { name: "Categorieën" }).getByRole("link", { name: "Monitoren" }).first().click()
    await page.getByRole("heading", { name: "Monitoren", level: 1 }).waitFor()
    await page.locator(".product-card").filter({ hasText: "Softview 27" }).waitFor()
    expect(await page.locator(".product-card").filter({ hasText: "Softbook" }).count()).toBe(0)
    await page.getByLabel("Zoek in het assortiment").fill("Softbook")
    await page.getByLabel("Zoek in het assortiment").press("Enter")
    await page.getByRole("heading", { name: /Zoekresultaten voor “Softbook”/ }).waitFor()
    await page.locator(".product-card").filter({ hasText: "Softbook Pro 14" }).waitFor()
    expect(await page.locator(".product-card").filter({ hasText: "Softview" }).count()).toBe(0)
    await screenshot(page, "storefront-search")

    // Product page: variants, price incl. BTW, stock, picture with alt text
    await page.goto(`${STOREFRONT_URL}/product/softbook-pro-14`)
    await page.getByRole("heading", { name: "Softbook Pro 14", level: 1 }).waitFor()
    await page.getByRole("img", { name: "Softbook Pro 14" }).first().waitFor()
    expect(await page.getByTestId("product-price").innerText()).toMatch(/€\s?1\.299,00 incl\. btw/)
    await page.getByLabel("1 TB SSD").check()
    await page.getByTestId("product-price").filter({ hasText: "1.449,00" }).waitFor()
    expect(await page.getByTestId("stock").innerText()).toContain("Op voorraad (25 stuks)")
    await assertAccessible(page)
    await screenshot(page, "storefront-product")
    await page.getByLabel("512 GB SSD").check()
    await page.getByRole("button", { name: "In winkelwagen" }).click()
    await page.getByRole("status").filter({ hasText: "Toegevoegd aan uw winkelwagen" }).waitFor()
    await page.getByRole("link", { name: /Winkelwagen, 1 artikelen/ }).waitFor()

    // Cart → checkout is account-only: the login page, then registration, then back to checkout
    await page.getByRole("link", { name: "Naar de winkelwagen" }).click()
    await page.getByTestId("cart-total").filter({ hasText: "1.299,00" }).waitFor()
    await assertAccessible(page)
    await screenshot(page, "storefront-cart")
    await page.getByRole("link", { name: "Afrekenen" }).click()
    await page.waitForURL(/\/account\/inloggen\?next=/)
    await page.getByRole("link", { name: "Account aanmaken" }).click()
    const email = `koper-${Date.now()}@example.nl`
    await page.getByLabel("Voornaam").fill("Sanne")
    await page.getByLabel("Achternaam").fill("Bakker")
    await page.getByLabel("E-mailadres", { exact: true }).fill(email)
    await page.getByLabel("Wachtwoord", { exact: true }).fill("Geheim-123!")
    await assertAccessible(page)
    await screenshot(page, "storefront-register")
    await page.getByRole("button", { name: "Account aanmaken" }).click()
    await page.waitForURL((u) => u.pathname === "/afrekenen")

    // Address → shipping → MultiSafepay method
    await page.getByLabel("Straat en huisnummer").fill("Oudegracht 1")
    await page.getByLabel("Postcode").fill("3511 AA")
    await page.getByLabel("Plaats").fill("Utrecht")
    await page.getByRole("button", { name: "Dit adres gebruiken" }).click()
    await page.getByTestId("chosen-address").filter({ hasText: "Oudegracht 1" }).waitFor()
    const shipping = page.locator("input[name=shipping]").first()
    await shipping.waitFor()
    await shipping.check()
    await page.getByLabel("iDEAL", { exact: true }).waitFor({ timeout: 30_000 })
    await page.getByLabel("iDEAL", { exact: true }).check()
    await assertAccessible(page)
    await screenshot(page, "storefront-checkout")
    await page.getByRole("button", { name: /^Betaal / }).click()

    // The hosted payment page (fake MultiSafepay) → back to the storefront's return page
    await page.getByRole("button", { name: "Success" }).click()
    await page.waitForURL((u) => u.href.startsWith(`${STOREFRONT_URL}/checkout/multisafepay/return`), { timeout: 60_000 })
    await page.locator("[data-payment-state=received]").waitFor({ timeout: 90_000 })
    const confirmation = await page.getByTestId("order-confirmation").innerText()
    expect(confirmation).toMatch(/Betaling ontvangen\. Uw bestelnummer is #\d+/)
    await screenshot(page, "storefront-payment-return")
    const number = confirmation.match(/#(\d+)/)![1]

    await page.getByRole("link", { name: "Bekijk uw bestelling" }).click()
    await page.getByRole("heading", { name: `Bestelling #${number}` }).waitFor()
    await page.getByTestId("order-status").waitFor()
    await screenshot(page, "storefront-order")
    await page.getByRole("navigation", { name: "Mijn account" }).getByRole("link", { name: "Mijn bestellingen" }).click()
    await page
      .getByTestId("orders")
      .getByRole("link", { name: `#${number}` })
      .waitFor()
    await assertAccessible(page)
    // The cart is gone after the order.
    await page.getByRole("link", { name: /Winkelwagen, 0 artikelen/ }).waitFor()

    // Mijn gegevens: correct the name, add an address
    await page.getByRole("navigation", { name: "Mijn account" }).getByRole("link", { name: "Mijn gegevens" }).click()
    await page.getByLabel("Voornaam").first().fill("Sanne-Marie")
    await page.getByLabel("Telefoonnummer (niet verplicht)").first().fill("+31612345678")
    await page.getByRole("button", { name: "Opslaan" }).first().click()
    await page.getByRole("status").filter({ hasText: "Opgeslagen." }).waitFor()
    await page.getByRole("button", { name: "Adres toevoegen" }).click()
    const form = page.getByRole("form", { name: "Adres toevoegen" })
    await form.getByLabel("Straat en huisnummer").fill("Lange Viestraat 2")
    await form.getByLabel("Postcode").fill("3511 BK")
    await form.getByLabel("Plaats").fill("Utrecht")
    await form.getByRole("button", { name: "Opslaan" }).click()
    await page.locator(".addresses").filter({ hasText: "Lange Viestraat 2" }).waitFor()
    await page.reload()
    expect(await page.getByLabel("Voornaam").first().inputValue()).toBe("Sanne-Marie")
    await assertAccessible(page)
    await screenshot(page, "storefront-my-details")

    // English, from the switcher
    await page.getByLabel("Taal").selectOption("en")
    await page.getByRole("heading", { name: "My details" }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en")
    expect(errors).toEqual([])
  })
})

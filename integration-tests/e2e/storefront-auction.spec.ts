import { screenshot, useBrowser } from "./helpers/browser"
import { adminAuth, apiCustomer, assertAccessible, call, mailsTo, storefrontLogin, STOREFRONT_URL } from "./helpers/storefront"

jest.setTimeout(420_000)

/**
 * Softshop Veiling in the storefront: a customer bids with a maximum against a second customer,
 * sees the other's bids arrive live (SSE), wins when the lot closes, follows the won mail's pay
 * link to "Mijn veilingen" and pays the win through the normal checkout.
 */
describe("storefront: bid, win and pay an auction lot", () => {
  const browser = useBrowser()

  it("should show a rival's bid live, let the customer win and pay the win through checkout", async () => {
    const admin = await adminAuth()
    const { products } = await call("GET", "/store/products?handle=softview-34-ultrawide&fields=id,*variants")
    const now = Date.now()
    const { auction: lot } = await call(
      "POST",
      "/admin/auctions",
      {
        variant_id: products[0].variants[0].id,
        title: `Softview 34 demokavel ${now}`,
        starts_at: new Date(now - 60_000).toISOString(),
        ends_at: new Date(now + 50_000).toISOString(),
        starting_price: 100,
        increments: [{ from: 0, increment: 5 }],
        anti_sniping: { window_seconds: 0, extension_seconds: 0, cap_seconds: 0 },
      },
      admin
    )
    const anna = await apiCustomer("anna")
    const bram = await apiCustomer("bram")

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(STOREFRONT_URL)
    await page.getByTestId("cookie-banner").getByRole("button", { name: "Alleen noodzakelijk" }).click()
    await storefrontLogin(page, anna.email, anna.password, "/veiling")
    await page.getByRole("link", { name: lot.title }).click()
    await page.getByTestId("live-state").filter({ hasText: "Live" }).waitFor({ timeout: 30_000 })
    expect(await page.getByTestId("minimum-next").innerText()).toContain("100,00")
    await page.getByTestId("countdown").waitFor()

    // Anna bids 100 with a maximum of 130.
    await page.getByLabel("Uw bod (€)").fill("100")
    await page.getByLabel("Uw maximumbod (€, niet verplicht)").fill("130")
    await page.getByRole("button", { name: "Bieden" }).click()
    await page.getByTestId("bid-result").filter({ hasText: "U bent de hoogste bieder" }).waitFor()
    await page.locator("[data-testid=bid-history] li[data-mine=true]").first().waitFor()

    // Bram bids 120 elsewhere: Anna's maximum answers at 125, and her page shows it without a reload.
    await call("POST", `/store/auctions/${lot.id}/bids`, { amount: 120 }, bram.headers)
    await page.getByTestId("current-price").filter({ hasText: "125,00" }).waitFor({ timeout: 20_000 })
    expect(await page.getByTestId("minimum-next").innerText()).toContain("130,00")
    // Bram goes over her maximum; she sees it live and raises.
    await call("POST", `/store/auctions/${lot.id}/bids`, { amount: 140 }, bram.headers)
    await page.getByTestId("current-price").filter({ hasText: "140,00" }).waitFor({ timeout: 20_000 })
    await page.getByLabel("Uw bod (€)").fill("145")
    await page.getByRole("button", { name: "Bieden" }).click()
    await page.getByTestId("bid-result").filter({ hasText: "U bent de hoogste bieder" }).waitFor()
    await page.getByTestId("current-price").filter({ hasText: "145,00" }).waitFor()
    const history = page.getByTestId("bid-history")
    // The history is refreshed from the live stream, which can land just after the bid's own answer.
    await history.locator("li[data-mine=true]").nth(1).waitFor({ timeout: 20_000 })
    expect(await history.locator("li[data-mine=true]").count()).toBeGreaterThanOrEqual(2)
    expect(await history.locator("li:not([data-mine])").count()).toBeGreaterThanOrEqual(1)
    expect(await history.innerText()).toMatch(/Bieder \d/)
    await assertAccessible(page)
    await screenshot(page, "storefront-auction-lot")

    // The lot closes (the maintenance job runs every minute); the won mail links to the storefront.
    let payLink: URL | undefined
    for (const end = Date.now() + 180_000; !payLink && Date.now() < end;) {
      for (const mail of await mailsTo(anna.email)) {
        const m = (mail.text ?? "").match(/https?:\/\/[^\s"<>]+\/account\/auctions\?pay=[^\s"<>]+/)
        if (m) payLink = new URL(m[0])
      }
      if (!payLink) await new Promise((r) => setTimeout(r, 1000))
    }
    expect(payLink?.origin).toBe(STOREFRONT_URL)
    expect(payLink?.searchParams.get("pay")).toBe(lot.id)
    await page.getByTestId("lot-status").filter({ hasText: "gesloten" }).waitFor({ timeout: 30_000 })

    await page.goto(payLink!.href)
    const win = page.locator(`[data-lot="${lot.id}"]`)
    await win.waitFor()
    expect(await win.getAttribute("data-status")).toBe("awaiting_payment")
    expect(await win.innerText()).toContain("145,00")
    await assertAccessible(page)
    await screenshot(page, "storefront-my-auctions")
    await win.getByRole("link", { name: "Nu betalen" }).click()

    await page.waitForURL((u) => u.pathname === "/afrekenen")
    await page.getByTestId("checkout-total").waitFor()
    expect(await page.locator(".summary").innerText()).toContain("145,00")
    await page.getByLabel("Straat en huisnummer").fill("Neude 11")
    await page.getByLabel("Postcode").fill("3512 AE")
    await page.getByLabel("Plaats").fill("Utrecht")
    await page.getByRole("button", { name: "Dit adres gebruiken" }).click()
    const shipping = page.locator("input[name=shipping]").first()
    await shipping.waitFor()
    await shipping.check()
    await page.getByLabel("iDEAL", { exact: true }).check()
    await page.getByRole("button", { name: /^Betaal / }).click()
    await page.getByRole("button", { name: "Success" }).click()
    await page.locator("[data-payment-state=received]").waitFor({ timeout: 90_000 })
    await screenshot(page, "storefront-auction-paid")

    // The win now reads as paid.
    await page.goto(`${STOREFRONT_URL}/account/auctions`)
    await page.locator(`[data-lot="${lot.id}"][data-status=paid]`).waitFor({ timeout: 30_000 })
  })
})

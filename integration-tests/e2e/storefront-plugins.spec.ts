import { screenshot, useBrowser } from "./helpers/browser"
import {
  adminAuth,
  apiCustomer,
  assertAccessible,
  call,
  ensureCookieText,
  linkInMail,
  refuseCookies,
  storefrontLogin,
  STOREFRONT_URL,
} from "./helpers/storefront"

jest.setTimeout(300_000)

/**
 * The reviews, repairs and contests plugins in the storefront, one customer and one browser page:
 * the contest is created first (it ends ~45 s later, its automatic draw an hour after that, so the
 * 5-minute maintenance job cannot draw before the merchant does) and drawn at the end, so its wait
 * overlaps the review and repair journeys instead of adding to them. The winner then claims the
 * prize from the mail's link on the storefront's claim page.
 */
describe("storefront: reviews, repairs and contests", () => {
  const browser = useBrowser()
  beforeAll(() => ensureCookieText())

  it("should publish a pseudonymous review, show a refusal's reason, run a repair's approval and consent, and show a verifiable contest draw", async () => {
    const admin = await adminAuth()
    const customer = await apiCustomer("plugins")
    const me = await call("GET", "/store/customers/me", undefined, customer.headers)
    const endsAt = Date.now() + 45_000
    const { contest } = await call(
      "POST",
      "/admin/contests",
      {
        title: `Win een Softview-monitor ${endsAt}`,
        description: "Maak kans op een 27-inch monitor.",
        starts_at: new Date(Date.now() - 60_000).toISOString(),
        ends_at: new Date(endsAt).toISOString(),
        draw_at: new Date(endsAt + 3600_000).toISOString(),
        prizes: [{ name: "27-inch monitor", value: 349, quantity: 1 }],
        winner_count: 1,
        organiser: "Softshop B.V., Kerkstraat 1, Utrecht",
        promoted_product: "Softshop monitoren",
        product_ids: [],
        minimum_age: 18,
        skill_question: "Hoeveel inch is de monitor?",
        skill_correct_answer: "27",
        announcement: "De winnaars staan binnen 7 dagen na de trekking op de actiepagina.",
        complaints_contact: "klachten@softshop.nl",
        terms_url: "https://softshop.nl/winactie",
        claim_days: 14,
      },
      admin
    )
    await call("POST", `/admin/contests/${contest.id}/publish`, {}, admin)

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors: string[] = []
    page.on("pageerror", (e) => errors.push(e.message))
    await page.goto(STOREFRONT_URL)
    await refuseCookies(page)
    await storefrontLogin(page, customer.email, customer.password, "/winacties")

    // (c) Contest: enter in the browser with the skill answer, age and "first name" publicity.
    await page.getByRole("link", { name: contest.title }).click()
    await page.getByTestId("contest-terms").waitFor({ state: "attached" })
    await page.getByLabel("Vraag: Hoeveel inch is de monitor?").fill("27")
    await page.getByLabel("Ik ben 18 jaar of ouder").check()
    await page.getByLabel("Mijn voornaam", { exact: true }).check()
    await page.getByLabel(/Ik heb de actievoorwaarden \(versie \d+\) gelezen/).check()
    await assertAccessible(page)
    await screenshot(page, "storefront-contest-entry")
    await page.getByRole("button", { name: "Meedoen", exact: true }).click()
    await page.getByTestId("contest-entered").waitFor()
    await page.goto(`${STOREFRONT_URL}/account/winacties`)
    await page.locator(`[data-contest="${contest.id}"]`).waitFor()
    await assertAccessible(page)
    await screenshot(page, "storefront-my-contests")

    // (a) Review: written in the browser under a pseudonym, approved through the Admin API.
    const { products } = await call("GET", "/store/products?handle=softview-34-ultrawide&fields=id,handle,title")
    const product = products[0]
    await page.goto(`${STOREFRONT_URL}/product/${product.handle}`)
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Schrijf een review" }) })
    await form.waitFor()
    // The most private choice is the default.
    expect(await form.getByLabel("Anoniem (niet genoemd)").isChecked()).toBe(true)
    await form.getByLabel("4 van 5 sterren").check()
    await form.getByLabel("Titel (niet verplicht)").fill("Scherp beeld, stille voet")
    await form.getByLabel("Uw review (niet verplicht)").fill("Na twee weken nog steeds tevreden over kleuren en ergonomie.")
    await form.getByLabel("Datum van uw ervaring (niet verplicht)").fill(new Date().toISOString().slice(0, 10))
    await form.getByLabel("Met een schuilnaam").check()
    await form.getByLabel("Schuilnaam", { exact: true }).fill("Pixelvos")
    await assertAccessible(page)
    await form.getByRole("button", { name: "Review versturen" }).click()
    await page.getByTestId("review-submitted").waitFor()

    const { reviews: mine } = await call("GET", "/store/reviews/me", undefined, customer.headers)
    const written = mine.find((r: { product_id: string }) => r.product_id === product.id)
    expect(written).toEqual(expect.objectContaining({ status: "pending", identity: "pseudonym", pseudonym: "Pixelvos", rating: 4 }))
    await call("POST", `/admin/reviews/${written.id}/moderate`, { action: "approve" }, admin)
    await page.reload()
    const shown = page.locator(`[data-review="${written.id}"]`)
    await shown.waitFor()
    expect(await shown.getByTestId("review-author").innerText()).toBe("Pixelvos")
    const reviewsText = await page.getByTestId("reviews").innerText()
    expect(reviewsText).not.toContain("de Vries")
    expect(reviewsText).not.toContain("Eva")
    await page.getByTestId("review-summary").waitFor()
    await page.getByRole("link", { name: "Hoe wij reviews controleren" }).first().waitFor()
    await screenshot(page, "storefront-product-reviews")

    // A second review (another product, through the API) is refused with a reason from the policy.
    const { products: others } = await call("GET", "/store/products?limit=5&fields=id,handle")
    const other = others.find((p: { id: string }) => p.id !== product.id)
    const { review: refused } = await call("POST", "/store/reviews", { product_id: other.id, rating: 2, body: "Bel mij op 0612345678" }, customer.headers)
    await call("POST", `/admin/reviews/${refused.id}/moderate`, { action: "reject", reason_code: "personal_data" }, admin)
    const { policy } = await call("GET", "/store/reviews/policy?locale=nl")
    const reason = policy.reasons.find((r: { code: string }) => r.code === "personal_data").label
    await page.goto(`${STOREFRONT_URL}/account/reviews`)
    const refusedCard = page.locator(`[data-review="${refused.id}"]`)
    await refusedCard.waitFor()
    expect(await refusedCard.getByTestId("review-status").innerText()).toContain("Geweigerd")
    expect(await refusedCard.getByTestId("review-decision").innerText()).toContain(reason)
    await assertAccessible(page)
    await screenshot(page, "storefront-my-reviews")
    await page.goto(`${STOREFRONT_URL}/reviews/beleid`)
    await page.getByTestId("review-check-text").waitFor()
    await assertAccessible(page)

    // (b) Repair: the merchant takes it in and sends an estimate through the Admin API.
    const { repair } = await call(
      "POST",
      "/admin/repairs",
      {
        customer_id: me.customer.id,
        work_type: "reinstall",
        device: { type: "laptop", brand: "Lenovo", model: "ThinkPad T14", serial: "PF-3K9X2" },
        problem: "Windows start niet meer op; graag herinstallatie met behoud van foto's.",
        intake_condition: { checklist: { "Scherm heel": true }, notes: "" },
        accessories: ["Lader 65 W"],
        locale: "nl",
      },
      admin
    )
    await call("POST", `/admin/repairs/${repair.id}/transitions`, { to: "diagnosing" }, admin)
    await call(
      "POST",
      `/admin/repairs/${repair.id}/transitions`,
      { to: "awaiting_approval", estimate: { amount: 79.95, note: "Herinstallatie + back-up" } },
      admin
    )

    await page.goto(`${STOREFRONT_URL}/account/reparaties`)
    await page
      .locator(`[data-repair="${repair.id}"]`)
      .getByRole("link", { name: /Bekijk reparatie/ })
      .click()
    await page.getByTestId("repair").waitFor()
    expect(await page.getByTestId("repair-timeline").innerText()).toContain("Wacht op uw akkoord")
    await page.getByRole("button", { name: "Prijsopgave goedkeuren" }).click()
    await page.getByTestId("estimate").filter({ hasText: "Goedgekeurd" }).waitFor()
    // Consent without the visibility acknowledgement is stopped in the page; with it, recorded.
    await page.getByLabel("Alleen testen of het besturingssysteem opstart").check()
    await page.getByRole("button", { name: "Toestemming geven" }).click()
    await page.getByText("Bevestig eerst dat u de waarschuwing hierboven hebt gelezen.").waitFor()
    await page.getByLabel(/Ik heb gelezen dat bestandsnamen, miniaturen/).check()
    await page.getByRole("button", { name: "Toestemming geven" }).click()
    await page.locator('[data-testid=active-consents] [data-scope="boot_test"]').waitFor()
    await assertAccessible(page)
    await screenshot(page, "storefront-repair")

    const dossier = await call("GET", `/admin/repairs/${repair.id}`, undefined, admin)
    expect(dossier.repair.estimate_status).toBe("approved")
    expect(dossier.repair.visibility_ack_version).toBeTruthy()
    expect(dossier.consents.filter((c: { withdrawn_at: string | null }) => !c.withdrawn_at).map((c: { scope: string }) => c.scope)).toEqual(["boot_test"])

    // The status mail's tracking link opens the storefront's public page (no login needed).
    const link = await linkInMail(customer.email, "/repairs/track")
    expect(link.origin).toBe(STOREFRONT_URL)
    const visitor = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await visitor.goto(link.href)
    await visitor.getByTestId("repair-status").waitFor()
    expect(await visitor.getByTestId("repair-timeline").innerText()).toContain("In onderzoek")
    await assertAccessible(visitor)
    await screenshot(visitor, "storefront-repair-tracking")
    await visitor.close()

    // (c) continued: the contest has ended; the merchant draws; the winners page shows the chosen name and the proof.
    await new Promise((r) => setTimeout(r, Math.max(0, endsAt - Date.now() + 1000)))
    const drawn = await call("POST", `/admin/contests/${contest.id}/draw`, {}, admin)
    const round = drawn.verification.drawings[0]
    await page.goto(`${STOREFRONT_URL}/winacties/${contest.id}`)
    const winners = page.getByTestId("winners")
    await winners.waitFor()
    expect(await winners.innerText()).toContain("27-inch monitor: Eva")
    // Round 1 is the draw; the next round's commitment (for a redraw) is already published, its seed not.
    const proof = page.locator(`[data-testid=verification] [data-round="${round.round}"]`)
    expect(await proof.getByTestId("commitment").innerText()).toBe(round.seed_commitment)
    expect(await proof.getByTestId("seed").innerText()).toBe(round.seed)
    expect(await proof.getByTestId("snapshot-hash").innerText()).toBe(round.snapshot_hash)
    expect(await page.getByTestId("verification").innerText()).toContain("softshop-verify-draw")
    await assertAccessible(page)
    await screenshot(page, "storefront-contest-winners")

    // The winner mail's claim link opens the storefront's claim page; claiming is a button, not the page load.
    const claimLink = await linkInMail(customer.email, "/contests/claim")
    expect(claimLink.origin).toBe(STOREFRONT_URL)
    await page.goto(claimLink.href)
    await page.locator("[data-testid=claim-status][data-status=pending]").waitFor()
    await assertAccessible(page)
    await page.getByLabel("Mijn voornaam", { exact: true }).check()
    await page.getByRole("button", { name: "Prijs opeisen" }).click()
    await page.locator("[data-testid=claim-status][data-status=claimed]").waitFor()
    await screenshot(page, "storefront-contest-claim")
    const after = await call("GET", `/store/contests/${contest.id}/winners`)
    expect(after.winners[0].claim_status).toBe("claimed")
    expect(errors).toEqual([])
  })
})

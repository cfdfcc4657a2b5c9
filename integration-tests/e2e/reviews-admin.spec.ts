import axios from "axios"
import { adminLogin, BASE_URL, screenshot, useBrowser } from "./helpers/browser"
import { storeClient } from "./helpers/store"
import { registerCustomer } from "../helpers/shop"

jest.setTimeout(300_000)

/** Retries `read` until it returns a value satisfying `ok` (or times out with the last value). */
async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout
  let last = await read()
  while (!ok(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250))
    last = await read()
  }
  return last
}

describe("reviews admin", () => {
  const browser = useBrowser()

  const adminApi = async () => {
    const { data } = await axios.post(`${BASE_URL}/auth/user/emailpass`, {
      email: process.env.E2E_ADMIN_EMAIL ?? "admin@softshop.test",
      password: process.env.E2E_ADMIN_PASSWORD ?? "softshop-admin",
    })
    return axios.create({
      baseURL: BASE_URL,
      headers: { authorization: `Bearer ${data.token}` },
    })
  }

  it("should let a moderator reject a review with a reason in the queue, and show the new average on the product after an approve", async () => {
    const { api, shop } = await storeClient()
    const { data } = await api.get("/store/products?fields=id,title&limit=20", {
      headers: shop.headers,
    })
    const [rejectProduct, approveProduct] = data.products.slice(-2)
    const a = await registerCustomer(api, shop, { first_name: "Ria" })
    const b = await registerCustomer(api, shop, { first_name: "Bas" })
    const stamp = Date.now()
    const toReject = (
      await api.post(
        "/store/reviews",
        {
          product_id: rejectProduct.id,
          rating: 1,
          title: `E2E afwijzen ${stamp}`,
          body: "Kijk op www.elders.example",
        },
        { headers: a.headers }
      )
    ).data.review
    const toApprove = (
      await api.post(
        "/store/reviews",
        {
          product_id: approveProduct.id,
          rating: 4,
          title: `E2E goedkeuren ${stamp}`,
        },
        { headers: b.headers }
      )
    ).data.review
    const admin = await adminApi()
    const before = (await admin.get(`/admin/reviews/summary?product_id=${approveProduct.id}`)).data.summary

    const page = await browser.newPage({
      viewport: { width: 1440, height: 1000 },
    })
    await adminLogin(page)
    await page.goto(`${BASE_URL}/app/reviews`)
    const rejectRow = page.getByRole("row").filter({ hasText: `E2E afwijzen ${stamp}` })
    await rejectRow.waitFor({ timeout: 60_000 })
    await expect(rejectRow.textContent()).resolves.toContain("Awaiting moderation")
    await rejectRow.getByText(`E2E afwijzen ${stamp}`).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("button", { name: "Reject", exact: true }).click()
    await page.getByRole("combobox", { name: "Reason" }).click()
    await page.getByRole("option", { name: "Advertising or links" }).click()
    await page.getByLabel("Note to the reviewer (optional)").fill("Links naar andere winkels plaatsen wij niet.")
    await page.getByRole("button", { name: "Reject with this reason" }).click()
    expect(
      await eventually(
        async () => (await admin.get(`/admin/reviews/${toReject.id}`)).data.review.status,
        (s) => s === "rejected"
      )
    ).toBe("rejected")
    const { data: rejected } = await admin.get(`/admin/reviews/${toReject.id}`)
    expect(rejected.review).toEqual(
      expect.objectContaining({
        decision_reason_code: "advertising",
        decision_note: "Links naar andere winkels plaatsen wij niet.",
      })
    )
    expect(rejected.audit.map((e: any) => e.action)).toEqual(["submitted", "rejected"])
    await drawer.getByText("Audit trail").waitFor()
    await screenshot(page, "reviews-admin-rejected")
    await page.keyboard.press("Escape")

    await page.goto(`${BASE_URL}/app/reviews`)
    const approveRow = page.getByRole("row").filter({ hasText: `E2E goedkeuren ${stamp}` })
    await approveRow.getByText(`E2E goedkeuren ${stamp}`).click()
    await page.getByRole("dialog").getByRole("button", { name: "Approve", exact: true }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Approve", exact: true }).click()
    expect(
      await eventually(
        async () => (await admin.get(`/admin/reviews/${toApprove.id}`)).data.review.status,
        (s) => s === "approved"
      )
    ).toBe("approved")

    const expected = ((before.average ?? 0) * before.count + 4) / (before.count + 1)
    await page.goto(`${BASE_URL}/app/products/${approveProduct.id}`)
    const average = page.getByTestId("review-summary-average")
    await average.waitFor({ timeout: 60_000 })
    expect(
      await eventually(
        async () => (await average.textContent()) ?? "",
        (t) => t.includes(expected.toFixed(2))
      )
    ).toContain(expected.toFixed(2))
    await expect(average.textContent()).resolves.toContain(`${before.count + 1} published review`)
    await screenshot(page, "reviews-admin-product-widget")
  })
})

import fs from "fs"
import path from "path"
import sharp from "sharp"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { exifHasGps, fulfil, gpsTaggedJpeg, ok, placeOrder, REVIEW, seededProductId, seededProducts, summaryAndRecount } from "../../helpers/reviews"
import { adminHeaders, registerCustomer, seedShop, SeededShop } from "../../helpers/shop"
import { useSmtpFixture } from "../../helpers/smtp-fixture"

jest.setTimeout(300_000)

const smtp = useSmtpFixture()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: Record<string, string>
    let products: { id: string }[]
    let next = 0
    type Customer = Awaited<ReturnType<typeof registerCustomer>>
    const service = () => getContainer().resolve(REVIEW) as any
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
    const fresh = () => products[next++ % products.length]
    const submit = (c: Customer, body: Record<string, unknown>) => api.post("/store/reviews", body, { headers: c.headers, ...ok })
    const upload = (c: Customer, id: string, content: Buffer | string) =>
      api.post(
        `/store/reviews/${id}/photos`,
        {
          content_base64: Buffer.isBuffer(content) ? content.toString("base64") : content,
        },
        { headers: c.headers, ...ok }
      )
    /** Where the shop's local File Module provider keeps a file. */
    const stored = (fileId: string) => path.join(process.cwd(), "static", fileId)
    const photoRows = async (reviewId: string) => (await knex().raw(`select * from review_photo where review_id = ?`, [reviewId])).rows
    const waitUntil = async (check: () => Promise<boolean> | boolean, what: string) => {
      const deadline = Date.now() + 20_000
      while (Date.now() < deadline) {
        if (await check()) return
        await new Promise((r) => setTimeout(r, 150))
      }
      throw new Error(`timed out waiting for ${what}`)
    }

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await adminHeaders(api)
      const seeded = await seededProductId(getContainer(), shop.variantId)
      products = (await seededProducts(getContainer())).filter((p) => p.id !== seeded)
    })
    beforeEach(() => service().setClockOffset(0))

    it("should strip the EXIF GPS position from a photo, store it re-encoded and show it once approved", async () => {
      const product = fresh()
      const c = await registerCustomer(api, shop)
      const { data } = await submit(c, { product_id: product.id, rating: 5 })
      const input = await gpsTaggedJpeg()
      expect(exifHasGps((await sharp(input).metadata()).exif)).toBe(true)
      const res = await upload(c, data.review.id, input)
      expect(res.status).toBe(201)
      const [row] = await photoRows(data.review.id)
      expect(row).toEqual(
        expect.objectContaining({
          mime_type: "image/jpeg",
          width: 320,
          height: 240,
        })
      )
      const file = fs.readFileSync(stored(row.file_id))
      const meta = await sharp(file).metadata()
      expect(meta.exif).toBeUndefined()
      expect(meta.xmp).toBeUndefined()
      expect(exifHasGps(meta.exif)).toBe(false)
      expect(file.includes(Buffer.from("SoftshopTestCam"))).toBe(false)
      // Served by the shop as stored: the bytes a browser gets carry no EXIF either.
      const served = await api.get(new URL(row.url).pathname, {
        responseType: "arraybuffer",
      })
      expect((await sharp(Buffer.from(served.data)).metadata()).exif).toBeUndefined()

      expect((await api.get(`/store/reviews?product_id=${product.id}&with_photos=true`, { headers: shop.headers })).data.count).toBe(0)
      await api.post(`/admin/reviews/${data.review.id}/moderate`, { action: "approve" }, { headers: admin })
      const list = (await api.get(`/store/reviews?product_id=${product.id}&with_photos=true`, { headers: shop.headers })).data
      expect(list.reviews[0].photos).toEqual([{ id: row.id, url: row.url, width: 320, height: 240 }])
      // A new photo sends the review back to moderation with it.
      await upload(
        c,
        data.review.id,
        await sharp({
          create: { width: 10, height: 10, channels: 3, background: "blue" },
        })
          .png()
          .toBuffer()
      )
      expect(
        (
          await api.get(`/store/reviews?product_id=${product.id}`, {
            headers: shop.headers,
          })
        ).data.count
      ).toBe(0)
      const { stored: s, recount } = await summaryAndRecount(api, getContainer(), shop, product.id)
      expect(s).toEqual(recount)
    })

    it("should refuse files that are not images, too large or past the photo limit, naming the problem", async () => {
      const product = fresh()
      const c = await registerCustomer(api, shop)
      const { data } = await submit(c, { product_id: product.id, rating: 3 })
      const text = await upload(c, data.review.id, Buffer.from("#!/bin/sh\necho not an image\n"))
      expect(text.status).toBe(400)
      expect(text.data.message).toBe("photo is not a readable image")
      const gif = await upload(
        c,
        data.review.id,
        await sharp({
          create: { width: 4, height: 4, channels: 3, background: "red" },
        })
          .gif()
          .toBuffer()
      )
      expect(gif.status).toBe(400)
      expect(gif.data.message).toContain("JPEG, PNG or WebP")
      const notBase64 = await upload(c, data.review.id, "%%%not-base64%%%")
      expect(notBase64.status).toBe(400)
      expect(notBase64.data.message).toContain("content_base64")
      const options = service().getOptions()
      const max = options.maxPhotoBytes
      options.maxPhotoBytes = 1000
      try {
        const big = await upload(
          c,
          data.review.id,
          await sharp({
            create: { width: 400, height: 400, channels: 3, background: "red" },
          })
            .png({ compressionLevel: 0 })
            .toBuffer()
        )
        expect(big.status).toBe(400)
        expect(big.data.message).toContain("larger than 1000 bytes")
      } finally {
        options.maxPhotoBytes = max
      }
      const small = await sharp({
        create: { width: 8, height: 8, channels: 3, background: "green" },
      })
        .jpeg()
        .toBuffer()
      for (let i = 0; i < options.maxPhotos; i++) expect((await upload(c, data.review.id, small)).status).toBe(201)
      const over = await upload(c, data.review.id, small)
      expect(over.status).toBe(400)
      expect(over.data.message).toContain(`maximum of ${options.maxPhotos} photos`)
      // Refused uploads left nothing in storage: exactly the accepted files exist.
      const rows = await photoRows(data.review.id)
      expect(rows).toHaveLength(options.maxPhotos)
    })

    it("should delete a rejected review's photos from storage", async () => {
      const product = fresh()
      const c = await registerCustomer(api, shop)
      const { data } = await submit(c, { product_id: product.id, rating: 2 })
      await upload(c, data.review.id, await gpsTaggedJpeg())
      const [row] = await photoRows(data.review.id)
      expect(fs.existsSync(stored(row.file_id))).toBe(true)
      await api.post(`/admin/reviews/${data.review.id}/moderate`, { action: "reject", reason_code: "personal_data" }, { headers: admin })
      expect(await photoRows(data.review.id)).toEqual([])
      expect(fs.existsSync(stored(row.file_id))).toBe(false)
      expect((await knex().raw(`select count(*)::int as n from review_file_deletion`)).rows[0].n).toBe(0)
    })

    it("should export a reviewer's reviews, votes and photos through the privacy registry, and erase them keeping the review anonymous", async () => {
      const product = fresh()
      const a = await registerCustomer(api, shop, {
        first_name: "Wietske",
        last_name: "Zwart",
      })
      const b = await registerCustomer(api, shop)
      const { data: ra } = await submit(a, {
        product_id: product.id,
        rating: 4,
        body: "Stil en snel",
        identity: "full_name",
      })
      await upload(a, ra.review.id, await gpsTaggedJpeg())
      const { data: rb } = await submit(b, {
        product_id: product.id,
        rating: 2,
      })
      for (const id of [ra.review.id, rb.review.id]) await api.post(`/admin/reviews/${id}/moderate`, { action: "approve" }, { headers: admin })
      await api.post(`/store/reviews/${rb.review.id}/vote`, {}, { headers: a.headers })
      await api.post(`/store/reviews/${ra.review.id}/vote`, {}, { headers: b.headers })
      const [photo] = await photoRows(ra.review.id)

      const { data: exp } = await api.get("/store/privacy/export", {
        headers: a.headers,
      })
      const mine = exp.export.modules.find((m: any) => m.module === "review").entities
      expect(mine.review.map((r: any) => r.id)).toEqual([ra.review.id])
      expect(mine.review_vote.map((v: any) => v.review_id)).toEqual([rb.review.id])
      expect(mine.review_photo.map((p: any) => p.id)).toEqual([photo.id])
      expect(JSON.stringify(mine)).not.toContain(b.customer.id)

      const { data: request } = await api.post("/admin/privacy/requests", { type: "erasure", channel: "admin", customer_id: a.customer.id }, { headers: admin })
      const executed = await api.post(`/admin/privacy/requests/${request.data_subject_request.id}/execute`, {}, { headers: admin, ...ok })
      expect(executed.status).toBe(200)

      const list = (
        await api.get(`/store/reviews?product_id=${product.id}`, {
          headers: shop.headers,
        })
      ).data.reviews
      const anon = list.find((r: any) => r.id === ra.review.id)
      expect(anon).toEqual(
        expect.objectContaining({
          rating: 4,
          body: "Stil en snel",
          author: { display: "anonymous", name: null },
          photos: [],
        })
      )
      expect(JSON.stringify(list)).not.toContain("Wietske")
      expect(list.find((r: any) => r.id === rb.review.id).helpful_count).toBe(0)
      const { rows } = await knex().raw(`select customer_id, identity, anonymized_at from review where id = ?`, [ra.review.id])
      expect(rows[0]).toEqual(
        expect.objectContaining({
          customer_id: null,
          identity: "anonymous",
          anonymized_at: expect.any(Date),
        })
      )
      expect((await knex().raw(`select count(*)::int as n from review_vote where customer_id = ?`, [a.customer.id])).rows[0].n).toBe(0)
      expect((await knex().raw(`select count(*)::int as n from review_audit where actor = ?`, [`customer:${a.customer.id}`])).rows[0].n).toBe(0)
      await waitUntil(() => !fs.existsSync(stored(photo.file_id)), "the erased photo to leave storage")
      const { stored: s, recount } = await summaryAndRecount(api, getContainer(), shop, product.id)
      expect(s).toEqual(recount)
      expect(s.count).toBe(2)

      // Idempotent, and the batch form erases several subjects at once.
      expect((await service().eraseSubjectData({ customer_id: a.customer.id })).anonymized.review).toBe(0)
      const batch = await service().eraseSubjectsData([{ customer_id: b.customer.id }, { email: "only@example.nl" }])
      expect(batch.anonymized.review).toBe(1)
      expect((await service().exportSubjectData({ customer_id: b.customer.id })).entities.review).toEqual([])
    })

    it("should mail one review request per order some days after fulfilment, with a signed link and an opt-out that holds", async () => {
      const options = service().getOptions()
      options.requestMail = { enabled: true, delayDays: 7 }
      try {
        const c = await registerCustomer(api, shop, { first_name: "Mila" })
        const orderId = await placeOrder(api, shop, c.headers, shop.variantId)
        await fulfil(api, admin, orderId, false)
        await waitUntil(
          async () => (await knex().raw(`select 1 from review_request where order_id = ?`, [orderId])).rows.length === 1,
          "the request to be scheduled"
        )
        const { sendDueReviewRequests } = require("@softshop/medusa-reviews/utils/requests")
        expect(await sendDueReviewRequests(getContainer())).toBe(0)
        service().setClockOffset(8 * 86400_000)
        expect(await sendDueReviewRequests(getContainer())).toBe(1)
        expect(await sendDueReviewRequests(getContainer())).toBe(0)
        await smtp.waitFor(1)
        const mail = smtp.messages.find((m) => m.to.includes(c.email) && m.subject.includes("Wat vindt u van uw bestelling"))!
        expect(mail).toBeTruthy()
        const reviewUrl = new URL(mail.text.match(/Schrijf een review: (\S+)/)![1])
        const optOutUrl = new URL(mail.text.match(/Geen verzoeken meer ontvangen\? (\S+)/)![1])
        for (const u of [reviewUrl, optOutUrl]) {
          expect(u.href).not.toContain(c.customer.id)
          expect(u.href).not.toContain(encodeURIComponent(c.email))
        }
        const go = await api.get(`${reviewUrl.pathname}${reviewUrl.search}`, {
          maxRedirects: 0,
          ...ok,
        })
        expect(go.status).toBe(302)
        expect(go.headers.location).toMatch(/\/products\/.+#review$/)
        const forged = await api.get(`${reviewUrl.pathname}?token=${reviewUrl.searchParams.get("token")!.slice(0, -3)}abc`, ok)
        expect(forged.status).toBe(400)

        const token = optOutUrl.searchParams.get("token")!
        const confirm = await api.get(`${optOutUrl.pathname}${optOutUrl.search}`, ok)
        expect(confirm.status).toBe(200)
        expect(confirm.data).toContain('method="post"')
        expect((await knex().raw(`select count(*)::int as n from review_opt_out`)).rows[0].n).toBe(0)
        expect((await api.post("/reviews/opt-out", { token }, ok)).status).toBe(200)

        const second = await placeOrder(api, shop, c.headers, shop.variantId)
        await fulfil(api, admin, second, false)
        await waitUntil(async () => (await knex().raw(`select 1 from review_request where order_id = ?`, [second])).rows.length === 1, "the second request")
        service().setClockOffset(16 * 86400_000)
        expect(await sendDueReviewRequests(getContainer())).toBe(0)
        const { rows } = await knex().raw(`select skipped_reason from review_request where order_id = ?`, [second])
        expect(rows[0].skipped_reason).toBe("opted_out")
      } finally {
        options.requestMail = { enabled: false, delayDays: 7 }
      }
    })

    describe("bad input", () => {
      const huge = "x".repeat(1024 * 1024)
      const deep = (n: number): any => (n ? { a: deep(n - 1) } : 1)

      it("should answer every malformed store body with a 4xx that names the field, never a 5xx", async () => {
        const c = await registerCustomer(api, shop)
        const product = fresh()
        const { data } = await submit(c, { product_id: product.id, rating: 3 })
        const id = data.review.id
        const cases: [string, string, unknown, string][] = [
          ["post", "/store/reviews", { product_id: product.id, rating: "5" }, "rating"],
          ["post", "/store/reviews", { product_id: product.id, rating: 6 }, "rating"],
          ["post", "/store/reviews", { product_id: product.id, rating: 1e308 }, "rating"],
          ["post", "/store/reviews", { product_id: product.id, rating: -1e308 }, "rating"],
          ["post", "/store/reviews", { product_id: product.id, rating: 4.5 }, "rating"],
          ["post", "/store/reviews", { product_id: product.id, rating: 4, title: "a\u0000b" }, "title"],
          ["post", "/store/reviews", { product_id: "prod\u0000x", rating: 4 }, "product_id"],
          ["post", "/store/reviews", { product_id: product.id, rating: 4, body: { nested: deep(40) } }, "body"],
          ["post", "/store/reviews", { product_id: product.id, rating: 4, customer_id: "cus_x" }, "customer_id"],
          ["post", "/store/reviews", { product_id: product.id, rating: 4, identity: "email" }, "identity"],
          ["post", "/store/reviews", { product_id: product.id, rating: 4, experienced_at: "2999-01-01" }, "experienced_at"],
          ["post", "/store/reviews", { product_id: product.id, rating: 4, title: huge.slice(0, 50_000) }, "title"],
          ["post", "/store/reviews", [1, 2, 3], ""],
          ["post", `/store/reviews/${id}`, {}, "at least one"],
          ["post", `/store/reviews/${id}`, { rating: null }, "rating"],
          ["post", `/store/reviews/${id}/identity`, { identity: "pseudonym" }, "pseudonym"],
          ["post", `/store/reviews/${id}/vote`, { helpful: true }, "helpful"],
        ]
        for (const [method, url, body, field] of cases) {
          const res = await (api as any)[method](url, body, {
            headers: c.headers,
            ...ok,
          })
          expect({ url, status: res.status }).toEqual({ url, status: 400 })
          expect(res.data.message).toContain(field)
        }
        const tooBig = await api.post("/store/reviews", { product_id: product.id, rating: 4, body: huge }, { headers: c.headers, ...ok })
        expect(tooBig.status).toBeGreaterThanOrEqual(400)
        expect(tooBig.status).toBeLessThan(500)
      })

      it("should answer malformed queries, path ids and admin bodies with 4xx for anonymous, customer and admin callers", async () => {
        const c = await registerCustomer(api, shop)
        const product = fresh()
        const callers = [shop.headers, c.headers, { ...shop.headers, ...admin }]
        const urls = [
          `/store/reviews?product_id=${product.id}&limit=-1`,
          `/store/reviews?product_id=${product.id}&limit=1e308`,
          `/store/reviews?product_id=${product.id}&offset=abc`,
          `/store/reviews?product_id=${product.id}&sort=random`,
          `/store/reviews?product_id=${product.id}&rating=0`,
          `/store/reviews?product_id=${product.id}&verified=yes`,
          `/store/reviews?product_id=${product.id}&a.b.c=1`,
          `/store/reviews?product_id=${product.id}&x[a][b][c][d]=1`,
          `/store/reviews?product_id=${product.id}&product_id=other`,
          `/store/reviews?product_id=%00`,
          `/store/reviews?product_id=${"p".repeat(5000)}`,
          `/store/reviews/summary`,
          `/store/reviews/me?limit=1e308`,
        ]
        for (const headers of callers) {
          for (const url of urls) {
            const res = await api.get(url, { headers, ...ok })
            expect({
              url,
              status: res.status < 500 && res.status >= 400,
            }).toEqual({ url, status: true })
          }
          for (const [method, url] of [
            ["post", "/store/reviews/%00"],
            ["delete", "/store/reviews/rev_unknown"],
            ["post", `/store/reviews/${"r".repeat(300)}/vote`],
            ["delete", "/store/reviews/rev_unknown/photos/%00"],
          ]) {
            const res = method === "post" ? await api.post(url, { rating: 3 }, { headers, ...ok }) : await api.delete(url, { headers, ...ok })
            expect({
              url,
              status: res.status < 500 && res.status >= 400,
            }).toEqual({ url, status: true })
          }
        }
        const adminCases: [string, string, unknown][] = [
          ["post", "/admin/reviews/rev_unknown/moderate", { action: "approve" }],
          ["post", "/admin/reviews/%00/moderate", { action: "approve" }],
          ["post", "/admin/reviews/rev_x/moderate", { action: "delete" }],
          ["post", "/admin/reviews/rev_x/moderate", { action: "reject", reason_code: "a\u0000" }],
          ["post", "/admin/reviews/moderate", { ids: [], action: "approve" }],
          ["post", "/admin/reviews/moderate", { ids: "rev_1", action: "approve" }],
          ["post", "/admin/reviews/rev_x/reply", { body: 1e308 }],
          ["post", "/admin/review-policies", { reasons: [{ code: "x", label: { nl: "x" } }] }],
          ["post", "/admin/review-check-texts", { body_nl: deep(30) }],
          ["get", "/admin/reviews?limit=1e308", undefined],
          ["get", "/admin/reviews?status=gone", undefined],
          ["get", "/admin/reviews/%00", undefined],
          ["get", "/admin/reviews/rev_unknown", undefined],
          ["post", "/admin/reviews/summaries/repair", { all: true }],
          ["get", "/admin/reviews/summary", undefined],
          ["get", "/admin/reviews/summary?product_id=%00", undefined],
        ]
        for (const [method, url, body] of adminCases) {
          const res = method === "get" ? await api.get(url, { headers: admin, ...ok }) : await api.post(url, body, { headers: admin, ...ok })
          expect({
            url,
            status: res.status < 500 && res.status >= 400,
          }).toEqual({ url, status: true })
        }
        expect((await api.get("/admin/reviews", { headers: c.headers, ...ok })).status).toBe(401)
        expect((await api.get("/reviews/opt-out?token=short", ok)).status).toBe(400)
        expect((await api.post("/reviews/opt-out", { token: "x".repeat(20) }, ok)).status).toBe(400)
      })
    })
  },
})

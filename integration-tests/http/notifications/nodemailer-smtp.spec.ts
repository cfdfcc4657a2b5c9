import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { generateKeyPairSync } from "crypto"
import fs from "fs"
import os from "os"
import path from "path"
import { verifyDkim } from "../../helpers/dkim"
import { useSmtpFixture } from "../../helpers/smtp-fixture"
import { adminHeaders, notificationsOf, prepareCart, registerCustomer, seedShop, startPayment } from "../../helpers/shop"

jest.setTimeout(180_000)

const smtp = useSmtpFixture()

// DKIM as an operator configures it (medusa-config.ts reads these at boot): a generated key pair, the
// private half in a key file; the public half is what would be published in DNS.
const dkimKeys = generateKeyPairSync("rsa", { modulusLength: 2048 })
const dkimKeyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dkim-")), "dkim.pem")
fs.writeFileSync(dkimKeyFile, dkimKeys.privateKey.export({ type: "pkcs8", format: "pem" }) as string)
process.env.SMTP_DKIM_DOMAIN = "softshop.test"
process.env.SMTP_DKIM_SELECTOR = "mail2026"
process.env.SMTP_DKIM_PRIVATE_KEY_FILE = dkimKeyFile
const dkimPublicKey = dkimKeys.publicKey.export({ type: "spki", format: "pem" }) as string

const orderData = (overrides: Record<string, unknown> = {}) => ({
  display_id: 42,
  first_name: "<script>alert(1)</script>Jan",
  total: "€ 389,00",
  items: [{ title: 'Softview 27" QHD', quantity: 1, total: "€ 389,00" }],
  ...overrides,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeEach(() => smtp.clear())

    it("should deliver a Dutch mail over SMTP with subject, recipient, HTML and text parts", async () => {
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const [sent] = await notifications.createNotifications([{ to: "klant@example.nl", channel: "email", template: "order.placed", data: orderData() }])
      await smtp.waitFor(1)
      const mail = smtp.messages[0]
      expect(mail.to).toEqual(["klant@example.nl"])
      expect(mail.subject).toBe("Bevestiging van uw bestelling #42")
      expect(mail.html).toContain("Bedankt voor uw bestelling")
      expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;Jan")
      expect(mail.html).not.toContain("<script>")
      expect(mail.text).toContain('1 x Softview 27" QHD')
      expect(mail.text).toContain("Beste <script>alert(1)</script>Jan")
      expect(sent.status).toBe("success")
      expect(sent.external_id).toBe(mail.parsed.messageId)
    })

    it("should render English when the notification asks for it", async () => {
      await getContainer()
        .resolve(Modules.NOTIFICATION)
        .createNotifications({ to: "customer@example.com", channel: "email", template: "order.placed", data: orderData({ locale: "en" }) })
      await smtp.waitFor(1)
      expect(smtp.messages[0].subject).toBe("Your order #42 is confirmed")
      expect(smtp.messages[0].text).toContain("Thank you for your order at Softshop")
    })

    it("should record a rejected mail as a failed notification with the reason, and keep serving", async () => {
      smtp.mode = "reject"
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      await expect(
        notifications.createNotifications({
          to: "weigeraar@example.nl",
          channel: "email",
          template: "order.placed",
          data: orderData(),
          idempotency_key: "rejected-mail",
        })
      ).rejects.toThrow(/SMTP delivery failed \(550\)/)
      const [failed] = await notifications.listNotifications({ idempotency_key: "rejected-mail" } as any)
      expect(failed.status).toBe("failure")
      expect(failed.provider_data).toEqual({
        error: expect.objectContaining({ code: "550", message: expect.stringContaining("rejected by test server") }),
      })
      expect(JSON.stringify(failed.provider_data)).not.toContain("weigeraar@example.nl")
      expect((await api.get("/health")).status).toBe(200)
    })

    it("should retry a temporary SMTP failure and record the mail as sent", async () => {
      smtp.tempfailNext = 2
      const sent = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .createNotifications({ to: "grijs@example.nl", channel: "email", template: "order.placed", data: orderData() })
      expect(smtp.attempts).toBe(3)
      expect(smtp.messages).toHaveLength(1)
      expect(sent.status).toBe("success")
    })

    it("should fail clearly when no template and no content exist", async () => {
      await expect(
        getContainer().resolve(Modules.NOTIFICATION).createNotifications({ to: "klant@example.nl", channel: "email", template: "does.not-exist", data: {} })
      ).rejects.toThrow(/No mail template "does.not-exist"/)
      expect(smtp.messages).toHaveLength(0)
    })

    it("should mail the order confirmation when a registered customer places an order", async () => {
      const container = getContainer()
      const shop = await seedShop(container)
      const customer = await registerCustomer(api, shop)
      const cartId = await prepareCart(api, shop, customer.headers)
      await startPayment(api, customer.headers, cartId)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: customer.headers })
      await smtp.waitFor(1)
      const mail = smtp.to(customer.email)[0]
      expect(mail.subject).toBe(`Bevestiging van uw bestelling #${data.order.display_id}`)
      expect(mail.text).toContain('Softview 27" QHD')
      // The subscriber marks the row after the SMTP server acknowledged it.
      let row
      for (let i = 0; i < 50 && row?.status !== "success"; i++) {
        ;[row] = await notificationsOf(container, "order.placed")
        await new Promise((r) => setTimeout(r, 100))
      }
      expect(row).toEqual(expect.objectContaining({ resource_id: data.order.id, status: "success" }))
    })

    it("should mail track & trace when the order ships", async () => {
      const container = getContainer()
      const shop = await seedShop(container)
      const customer = await registerCustomer(api, shop)
      const cartId = await prepareCart(api, shop, customer.headers)
      await startPayment(api, customer.headers, cartId)
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: customer.headers })
      await smtp.waitFor(1)
      const headers = await adminHeaders(api)
      const orderId = placed.order.id
      const { data: o } = await api.get(`/admin/orders/${orderId}?fields=*items`, { headers })
      const items = o.order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: i.quantity }))
      const { data: f } = await api.post(`/admin/orders/${orderId}/fulfillments?fields=fulfillments.id`, { items }, { headers })
      const fulfillmentId = f.order.fulfillments[0].id
      await api.post(
        `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`,
        { items, labels: [{ tracking_number: "3SABCD1234567", tracking_url: "https://postnl.nl/tt/3SABCD1234567", label_url: "#" }] },
        { headers }
      )
      await smtp.waitFor(2)
      const shippedMails = smtp.to(customer.email).filter((m) => m.subject.includes("verzonden"))
      expect(shippedMails).toHaveLength(1)
      const shipped = shippedMails[0]
      expect(shipped.subject).toBe(`Uw bestelling #${placed.order.display_id} is verzonden`)
      expect(shipped.html).toContain('<a href="https://postnl.nl/tt/3SABCD1234567">3SABCD1234567</a>')
      expect(shipped.text).toContain("- 3SABCD1234567: https://postnl.nl/tt/3SABCD1234567")
    })

    it("should list sent and failed mails with counts for the admin's E-mail page", async () => {
      const container = getContainer()
      await seedShop(container)
      const headers = await adminHeaders(api)
      const notifications = container.resolve(Modules.NOTIFICATION)
      await notifications.createNotifications({ to: "a@example.nl", channel: "email", template: "order.placed", data: orderData() })
      smtp.mode = "reject"
      await notifications.createNotifications({ to: "b@example.nl", channel: "email", template: "order.placed", data: orderData() }).catch(() => undefined)

      const { data } = await api.get("/admin/mail-log", { headers })
      expect(data.counts).toEqual({ pending: 0, success: 1, failure: 1 })
      expect(data.count).toBe(2)
      expect(data.mails[0]).toEqual(expect.objectContaining({ to: "b@example.nl", status: "failure", error: expect.objectContaining({ code: "550" }) }))
      const failed = await api.get("/admin/mail-log?status=failure", { headers })
      expect(failed.data.mails.map((m: { to: string }) => m.to)).toEqual(["b@example.nl"])

      const bad = await api.get("/admin/mail-log?status=lost&limit=0", { headers, validateStatus: () => true })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/status|limit/)
      const anonymous = await api.get("/admin/mail-log", { validateStatus: () => true })
      expect(anonymous.status).toBe(401)
    })

    it("should DKIM-sign every mail over the headers RFC 8058 one-click unsubscribe needs, with a signature that validates", async () => {
      await getContainer()
        .resolve(Modules.NOTIFICATION)
        .createNotifications({
          to: "lezer@example.nl",
          channel: "email",
          template: "order.placed",
          data: orderData(),
          provider_data: {
            headers: {
              "List-Unsubscribe": "<https://softshop.test/newsletter/unsubscribe?token=abc>",
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
          },
        } as any)
      await smtp.waitFor(1)
      const mail = smtp.messages[0]
      expect(mail.raw).toMatch(/^DKIM-Signature: /m)
      const result = verifyDkim(mail.raw, dkimPublicKey)
      expect(result.tags).toEqual(expect.objectContaining({ d: "softshop.test", s: "mail2026", a: "rsa-sha256" }))
      expect(result.signedHeaders).toEqual(expect.arrayContaining(["from", "to", "subject", "list-unsubscribe", "list-unsubscribe-post"]))
      expect(result).toEqual(expect.objectContaining({ bodyHashOk: true, signatureOk: true, valid: true }))
      // The check can fail: a changed List-Unsubscribe-Post header breaks the signature.
      const tampered = mail.raw.replace("List-Unsubscribe=One-Click", "List-Unsubscribe=Two-Clicks")
      expect(verifyDkim(tampered, dkimPublicKey).signatureOk).toBe(false)
      // And a wrong key does not validate it.
      const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ type: "spki", format: "pem" }) as string
      expect(verifyDkim(mail.raw, other).signatureOk).toBe(false)
    })

    it("should validate the mail log's paging as Medusa's own lists do", async () => {
      await seedShop(getContainer())
      const headers = await adminHeaders(api)
      for (const [query, field] of [
        ["limit=abc", "limit"],
        ["limit=-1", "limit"],
        ["offset=-1", "offset"],
        ["limit=1000", "limit"],
        ["order=to", "order"],
      ]) {
        const res = await api.get(`/admin/mail-log?${query}`, { headers, validateStatus: () => true })
        expect([query, res.status]).toEqual([query, 400])
        expect(res.data.message).toContain(field)
      }
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      for (const to of ["eerste@example.nl", "tweede@example.nl"]) {
        await notifications.createNotifications({ to, channel: "email", template: "order.placed", data: orderData() })
      }
      const page = (await api.get("/admin/mail-log?limit=1&offset=0&order=created_at", { headers })).data
      expect(page).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 0 }))
      expect(page.mails.map((m: { to: string }) => m.to)).toEqual(["eerste@example.nl"])
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { logger } from "@medusajs/framework/logger"
import { useSmtpFixture } from "../../helpers/smtp-fixture"
import { adminHeaders, seedShop, SeededShop } from "../../helpers/shop"
import { personaFor, placeOrder, registerPersona } from "../../helpers/privacy"
import { form, linkIn, publishConsentText, subscribe, until } from "../../helpers/newsletter"

jest.setTimeout(300_000)

const { signKeepAccountToken } =
  require("@softshop/medusa-privacy/utils/retention-warning") as typeof import("../../../plugins/privacy/src/utils/retention-warning")

/**
 * Guard (b) of issue 10: the main flows run with known customer details, and none of those details, no
 * link token, bearer token or password appears in anything the shop logs — Medusa's logger (every level
 * down to `http`, i.e. the access log as well), stdout/stderr and the console.
 *
 * NODE_ENV "staging" makes Medusa write its access log (it is skipped under "test"): the JSON line a
 * production server writes, with the path, query and referrer of every request.
 */
const smtp = useSmtpFixture()

type Captured = { lines: string[]; text: () => string }
function captureLogs(): Captured & { stop: () => void } {
  const lines: string[] = []
  const winston = (logger as unknown as { loggerInstance_: NodeJS.EventEmitter }).loggerInstance_
  const onData = (info: Record<string | symbol, unknown>) => lines.push(String(info[Symbol.for("message")] ?? JSON.stringify(info)))
  winston.on("data", onData)
  const writes = [process.stdout, process.stderr].map((stream) => {
    const original = stream.write.bind(stream)
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      lines.push(String(chunk))
      return (original as (...a: unknown[]) => boolean)(chunk, ...rest)
    }) as typeof stream.write
    return () => (stream.write = original)
  })
  const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) => {
    const original = console[m]
    const spy = jest.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a, Object.getOwnPropertyNames(a ?? {})))).join(" "))
      original.apply(console, args as [])
    })
    return spy
  })
  return {
    lines,
    text: () => lines.join("\n"),
    stop: () => {
      winston.off("data", onData)
      writes.forEach((restore) => restore())
      spies.forEach((s) => s.mockRestore())
    },
  }
}

medusaIntegrationTestRunner({
  env: { NODE_ENV: "staging" },
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: Record<string, string>
    const ok = { validateStatus: () => true }

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await adminHeaders(api)
      await publishConsentText(api, admin, "nl")
    })

    it("should keep customer details and tokens out of the log through register, address, order, newsletter, export and erasure", async () => {
      const p = personaFor("logleak")
      const city = `Lekstad${p.first_name.slice(-8)}`
      const secrets: Record<string, string> = {
        email: p.email,
        first_name: p.first_name,
        last_name: p.last_name,
        phone: p.phone,
        street: p.street,
        city,
      }
      logger.setLogLevel("http")
      const log = captureLogs()
      try {
        const me = await registerPersona(api, shop, p)
        secrets.password = me.password
        secrets.bearer = me.headers.authorization.replace(/^Bearer /, "")
        // A wrong password, a refused address (NUL) and a real one.
        await api.post("/auth/customer/emailpass", { email: p.email, password: "Fout-wachtwoord-1" }, ok)
        const address = {
          first_name: p.first_name,
          last_name: p.last_name,
          address_1: p.street,
          city,
          postal_code: "3511 AB",
          country_code: "nl",
          phone: p.phone,
        }
        expect((await api.post("/store/customers/me/addresses", { ...address, city: `${city}\u0000` }, { headers: me.headers, ...ok })).status).toBe(400)
        expect((await api.post("/store/customers/me/addresses", address, { headers: me.headers, ...ok })).status).toBe(200)
        // A duplicate registration (Medusa's message names the e-mail address).
        await api.post("/store/customers", { email: p.email, first_name: p.first_name }, { headers: me.headers, ...ok })
        // Cart, payment, order.
        const orderId = await placeOrder(api, shop, me.headers, p)
        expect((await api.get(`/store/orders/${orderId}`, { headers: me.headers })).data.order.email).toBe(p.email)

        // Newsletter: subscribe, the confirm page, confirming (the form's Referer carries the link), unsubscribe.
        expect((await subscribe(api, shop, { email: p.email, source: "footer" })).status).toBe(202)
        const confirmMail = () => smtp.to(p.email).find((m) => m.text.includes("/newsletter/confirm?token="))
        await until(
          async () => confirmMail(),
          (m) => !!m
        )
        const confirm = linkIn(confirmMail()!, "/newsletter/confirm")
        secrets.confirm_token = confirm.token
        expect((await api.get(confirm.path, ok)).status).toBe(200)
        const confirmed = await api.post("/newsletter/confirm", `token=${confirm.token}`, {
          ...form,
          headers: { ...form.headers, referer: `http://localhost${confirm.path}` },
        })
        expect(confirmed.status).toBe(200)
        const { data: subs } = await api.get(`/admin/newsletter-subscriptions?q=${encodeURIComponent(p.email)}`, { headers: admin })
        expect(JSON.stringify(subs)).toContain(p.email)

        // Privacy: the export, a download link, keep-my-account, an erasure request.
        expect((await api.get("/store/privacy/export", { headers: me.headers })).status).toBe(200)
        const { data: link } = await api.post("/store/privacy/export-links", {}, { headers: me.headers })
        const exportToken = new URL(link.export_link.url).searchParams.get("token")!
        secrets.export_token = exportToken
        const download = await api.get(`/privacy/export-download?token=${encodeURIComponent(exportToken)}`, { ...ok, responseType: "arraybuffer" })
        expect(download.status).toBe(200)
        const keepToken = signKeepAccountToken(getContainer().resolve("privacy"), me.customer.id)
        secrets.keep_token = keepToken
        await api.get(`/privacy/keep-account?token=${encodeURIComponent(keepToken)}`, ok)
        const erasure = await api.post("/store/privacy/erasure-requests", { password: me.password }, { headers: me.headers, ...ok })
        expect(erasure.status).toBe(201)

        // Admin searches by e-mail address and name.
        expect((await api.get(`/admin/customers?q=${encodeURIComponent(p.email)}`, { headers: admin })).status).toBe(200)
        expect((await api.get(`/admin/orders?q=${encodeURIComponent(p.last_name)}`, { headers: admin, ...ok })).status).toBeLessThan(500)
        // Let subscribers (order mails, newsletter) finish writing whatever they log.
        await new Promise((r) => setTimeout(r, 1500))
      } finally {
        log.stop()
        logger.unsetLogLevel()
      }

      const text = log.text()
      // The capture works: the access log lines of this test are in it, with the secrets redacted.
      expect(text).toContain("/store/customers/me/addresses")
      expect(text).toContain("/newsletter/confirm?token=[redacted]")
      expect(text).toContain("/admin/customers?q=[redacted]")
      const leaks = Object.entries(secrets).flatMap(([name, value]) =>
        [value, encodeURIComponent(value), value.toLowerCase()]
          .filter((v, i, all) => all.indexOf(v) === i && text.includes(v))
          .map((v) => `${name} (${v.slice(0, 12)}…) in: ${log.lines.find((l) => l.includes(v))!.slice(0, 300)}`)
      )
      expect(leaks).toEqual([])
    })
  },
})

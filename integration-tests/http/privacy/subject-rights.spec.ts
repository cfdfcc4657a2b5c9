import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaModule } from "@medusajs/framework/modules-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedShop, SeededShop } from "../../helpers/shop"
import { createAdmin, personaFor, placeOrder, registerPersona, scanCoveredTables, setClock } from "../../helpers/privacy"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: { authorization: string }
    const ok = { validateStatus: () => true }

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await createAdmin(api, getContainer())
    })
    afterEach(() => setClock(getContainer(), null))

    /** A visitor id issued by the shop (what a storefront gets on its first consent call). */
    const newVisitor = async (): Promise<string> => (await api.get("/store/privacy/consents", { headers: shop.headers })).data.consent.visitor_id
    const keyOf = (visitorId: string) => visitorId.split(".")[0]

    const publishCookies = async (version: string) =>
      (await api.post("/admin/privacy/policy-texts", { kind: "cookies", version, locale: "nl", body: `Cookietekst ${version}` }, { headers: admin })).data
        .policy_text

    /** Modules of this shop that implement the contract, found without the privacy plugin's registry. */
    const contractModules = () => {
      const container = getContainer()
      const candidates = ["privacy", "newsletter", "auction", "multisafepay", "repair", "contest", "review"]
      return [
        "medusa",
        ...candidates.filter((k) => container.hasRegistration(k) && typeof (container.resolve(k) as any).getPersonalDataDescriptor === "function"),
      ].sort()
    }

    describe("registry", () => {
      it("should discover Medusa's own data and every installed module that implements the contract", async () => {
        const { data } = await api.get("/admin/privacy/registry", { headers: admin })
        expect(contractModules()).toEqual(expect.arrayContaining(["medusa", "privacy"]))
        expect(data.providers.map((p: any) => p.module).sort()).toEqual(contractModules())
        const medusa = data.providers.find((p: any) => p.module === "medusa")
        expect(medusa.entities.map((e: any) => e.entity)).toEqual(
          expect.arrayContaining(["customer", "customer_address", "provider_identity", "cart", "order", "order_change", "payment_session", "notification"])
        )
      })
    })

    describe("export", () => {
      it("should hold every registered module's data for the customer and nothing of another customer", async () => {
        const a = personaFor("exporta")
        const b = personaFor("exportb")
        const ca = await registerPersona(api, shop, a)
        const cb = await registerPersona(api, shop, b)
        const orderA = await placeOrder(api, shop, ca.headers, a)
        const orderB = await placeOrder(api, shop, cb.headers, b)
        await api.post(
          "/admin/privacy/processors",
          { name: "MultiSafepay", purpose: "Betalingen", data_categories: ["naam", "e-mail"], location: "NL" },
          { headers: admin }
        )
        const text = await publishCookies("v1")
        await api.post(
          "/store/privacy/consents",
          { visitor_id: await newVisitor(), policy_text_id: text.id, choices: { analytics: true, marketing: false } },
          { headers: ca.headers }
        )

        const { data, headers } = await api.get("/store/privacy/export", { headers: ca.headers })
        expect(headers["content-disposition"]).toContain("attachment")
        const json = JSON.stringify(data.export)
        const modules = Object.fromEntries(data.export.modules.map((m: any) => [m.module, m.entities]))
        expect(Object.keys(modules).sort()).toEqual(contractModules())
        expect(modules.medusa.customer[0]).toEqual(expect.objectContaining({ email: a.email, first_name: a.first_name, phone: a.phone }))
        expect(modules.medusa.order.map((o: any) => o.id)).toEqual([orderA])
        expect(modules.medusa.order[0].shipping_address.address_1).toBe(a.street)
        expect(modules.medusa.provider_identity[0].entity_id).toBe(a.email)
        expect(modules.privacy.consent_record).toHaveLength(3)
        expect(data.export.processors).toEqual([expect.objectContaining({ name: "MultiSafepay", location: "NL" })])
        for (const foreign of [b.email, b.first_name, b.last_name, b.street, orderB, cb.customer.id]) expect(json).not.toContain(foreign)
        expect(json).not.toContain("password")
      })

      it("should serve a download link once when two downloads start at the same moment", async () => {
        const a = personaFor("zip-race")
        const ca = await registerPersona(api, shop, a)
        const { data } = await api.post("/store/privacy/export-links", {}, { headers: ca.headers })
        const url = new URL(data.export_link.url)
        const both = await Promise.all([1, 2].map(() => api.get(`${url.pathname}${url.search}`, { ...ok, responseType: "arraybuffer" })))
        expect(both.map((r) => r.status).sort()).toEqual([200, 410])
        // One claim recorded: the audit entry naming the link, by the customer.
        const privacy = getContainer().resolve("privacy") as any
        const claims = await privacy.listAuditLogs({ rule: "export", actor: `customer:${ca.customer.id}` })
        expect(claims).toHaveLength(1)
        expect(claims[0].subject_ref).toMatch(/^export-link:/)
      })

      it("should serve the export as a ZIP of JSON and CSV per entity through a signed link that expires", async () => {
        const a = personaFor("zip")
        const ca = await registerPersona(api, shop, a)
        const { data } = await api.post("/store/privacy/export-links", {}, { headers: ca.headers })
        const url = new URL(data.export_link.url)
        expect(url.pathname).toBe("/privacy/export-download")
        const zip = await api.get(`${url.pathname}${url.search}`, { responseType: "arraybuffer" })
        expect(zip.headers["content-type"]).toContain("application/zip")
        const body = Buffer.from(zip.data)
        expect(body.subarray(0, 4).toString("hex")).toBe("504b0304")
        const text = body.toString("utf8")
        for (const part of ["export.json", "medusa/customer.csv", "medusa/order.csv", "privacy/consent_record.csv", "processors.csv", a.email]) {
          expect(text).toContain(part)
        }
        const tampered = await api.get(`${url.pathname}?token=${encodeURIComponent(url.searchParams.get("token")!.replace(/.$/, "A"))}x`, ok)
        expect(tampered.status).toBe(400)
        // Single use: the second download of the same link is refused with a clear message.
        const again = await api.get(`${url.pathname}${url.search}`, ok)
        expect(again.status).toBe(410)
        expect(again.data.message).toContain("already been used")
        // Only the canonical spelling of a fresh link's token is accepted (padding, case and base64 variants are not).
        const { data: fresh } = await api.post("/store/privacy/export-links", {}, { headers: ca.headers })
        const token = new URL(fresh.export_link.url).searchParams.get("token")!
        const [payload, sig] = token.split(".")
        const toStd = (s: string) => s.replace(/-/g, "+").replace(/_/g, "/")
        const variants = [
          `${token}=`,
          `${payload}.${sig}==`,
          `${payload}=.${sig}`,
          `${payload}.${toStd(sig)}`,
          `${payload}.${sig.toUpperCase()}`,
          token.toLowerCase(),
          ` ${token}`,
        ].filter((v) => v !== token)
        for (const v of variants) {
          const res = await api.get(`${url.pathname}?token=${encodeURIComponent(v)}`, ok)
          expect([v, res.status]).toEqual([v, 400])
        }
        // None of the refused variants used the link up.
        expect((await api.get(`/privacy/export-download?token=${encodeURIComponent(token)}`, { ...ok, responseType: "arraybuffer" })).status).toBe(200)
        setClock(getContainer(), new Date(Date.now() + 16 * 60 * 1000))
        const expired = await api.get(`${url.pathname}${url.search}`, ok)
        expect(expired.status).toBe(400)
        expect(expired.data.message ?? JSON.parse(Buffer.from(expired.data).toString()).message).toContain("token")
      })

      it("should refuse the export without a logged-in customer", async () => {
        const res = await api.get("/store/privacy/export", { headers: shop.headers, ...ok })
        expect(res.status).toBe(401)
      })

      it("should let an admin run the same export for a customer", async () => {
        const a = personaFor("adminexport")
        const ca = await registerPersona(api, shop, a)
        const { data } = await api.get(`/admin/privacy/customers/${ca.customer.id}/export`, { headers: admin })
        expect(data.export.subject).toEqual({ customer_id: ca.customer.id, email: a.email })
        const { data: logs } = await api.get("/admin/privacy/audit-logs", { headers: admin })
        expect(logs.audit_logs.find((l: any) => l.rule === "export").actor).toMatch(/^user:/)
        expect(JSON.stringify(logs)).not.toContain(a.email)
      })
    })

    describe("erasure", () => {
      it("should refuse an erasure request with a wrong password, naming the field", async () => {
        const p = personaFor("wrongpw")
        const c = await registerPersona(api, shop, p)
        const res = await api.post("/store/privacy/erasure-requests", { password: "niet-goed" }, { headers: c.headers, ...ok })
        expect(res.status).toBe(401)
        expect(res.data.message).toContain("password")
        const bad = await api.post("/store/privacy/erasure-requests", { password: "x", extra: 1 }, { headers: c.headers, ...ok })
        expect(bad.status).toBe(400)
      })

      it("should wait for the cooling-off window, allow one open request, and let the customer cancel", async () => {
        const p = personaFor("cancel")
        const c = await registerPersona(api, shop, p)
        const { data, status } = await api.post("/store/privacy/erasure-requests", { password: c.password }, { headers: c.headers })
        expect(status).toBe(201)
        expect(data.data_subject_request).toEqual(expect.objectContaining({ type: "erasure", status: "cooling_off", channel: "store_api" }))
        const received = new Date(data.data_subject_request.received_at)
        expect(new Date(data.data_subject_request.execute_after).getTime() - received.getTime()).toBe(24 * 3600 * 1000)
        const due = new Date(data.data_subject_request.due_at)
        expect(due.getUTCMonth()).toBe((received.getUTCMonth() + 1) % 12)
        const dup = await api.post("/store/privacy/erasure-requests", { password: c.password }, { headers: c.headers, ...ok })
        expect(dup.status).toBe(422)

        setClock(getContainer(), new Date(Date.now() + 23 * 3600 * 1000))
        await api.post("/admin/privacy/retention-runs", { dry_run: false }, { headers: admin })
        const me = await api.get("/store/customers/me", { headers: c.headers, ...ok })
        expect(me.status).toBe(200)

        const cancel = await api.post(`/store/privacy/erasure-requests/${data.data_subject_request.id}/cancel`, {}, { headers: c.headers })
        expect(cancel.data.data_subject_request.status).toBe("cancelled")
        setClock(getContainer(), new Date(Date.now() + 48 * 3600 * 1000))
        await api.post("/admin/privacy/retention-runs", { dry_run: false }, { headers: admin })
        expect((await api.get("/store/customers/me", { headers: c.headers, ...ok })).status).toBe(200)
      })

      it("should record an erasure request and its audit entry together: neither when the audit entry cannot be written", async () => {
        const c = await registerPersona(api, shop, personaFor("atomic"))
        const privacy = getContainer().resolve("privacy") as any
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        // A real storage failure: PostgreSQL refuses every new audit entry.
        await knex.raw(`create or replace function privacy_test_refuse_audit() returns trigger language plpgsql as $$
          begin raise exception 'simulated audit storage failure'; end $$`)
        await knex.raw("create trigger privacy_test_refuse_audit before insert on privacy_audit_log for each row execute function privacy_test_refuse_audit()")
        try {
          const refused = await api.post("/store/privacy/erasure-requests", { password: c.password }, { headers: c.headers, ...ok })
          expect(refused.status).toBeGreaterThanOrEqual(500)
          expect(await privacy.listDataSubjectRequests({ customer_id: c.customer.id })).toEqual([])
        } finally {
          await knex.raw("drop trigger if exists privacy_test_refuse_audit on privacy_audit_log")
        }
        // The customer's lock was given back: the same request goes through now, with its audit entry.
        const { data, status } = await api.post("/store/privacy/erasure-requests", { password: c.password }, { headers: c.headers })
        expect(status).toBe(201)
        expect(await privacy.listAuditLogs({ rule: "erasure_requested", subject_ref: data.data_subject_request.id })).toHaveLength(1)
        // A cancel whose audit entry is refused leaves the request cooling off.
        await knex.raw("create trigger privacy_test_refuse_audit before insert on privacy_audit_log for each row execute function privacy_test_refuse_audit()")
        try {
          const cancel = await api.post(`/store/privacy/erasure-requests/${data.data_subject_request.id}/cancel`, {}, { headers: c.headers, ...ok })
          expect(cancel.status).toBeGreaterThanOrEqual(500)
        } finally {
          await knex.raw("drop trigger if exists privacy_test_refuse_audit on privacy_audit_log")
        }
        expect((await privacy.retrieveDataSubjectRequest(data.data_subject_request.id)).status).toBe("cooling_off")
        const cancelled = await api.post(`/store/privacy/erasure-requests/${data.data_subject_request.id}/cancel`, {}, { headers: c.headers })
        expect(cancelled.data.data_subject_request.status).toBe("cancelled")
      })

      it("should erase after the cooling-off window: e-mail can register again, orders keep fiscal fields, no traces left", async () => {
        const container = getContainer()
        const p = personaFor("erase")
        const other = personaFor("keepme")
        const c = await registerPersona(api, shop, p)
        const o = await registerPersona(api, shop, other)
        await api.post(
          "/store/customers/me/addresses",
          {
            first_name: p.first_name,
            last_name: p.last_name,
            address_1: p.street,
            city: "Utrecht",
            postal_code: p.postal_code,
            country_code: "nl",
            phone: p.phone,
          },
          { headers: c.headers }
        )
        const orderId = await placeOrder(api, shop, c.headers, p)
        const otherOrder = await placeOrder(api, shop, o.headers, other)
        const text = await publishCookies("v-erase")
        await api.post(
          "/store/privacy/consents",
          { visitor_id: await newVisitor(), policy_text_id: text.id, choices: { analytics: true, marketing: true } },
          { headers: c.headers }
        )
        await container
          .resolve(Modules.NOTIFICATION)
          .createNotifications({ to: p.email, channel: "feed", template: "privacy.test", data: { name: p.first_name } })
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const fiscal = ["id", "display_id", "currency_code", "total", "tax_total", "subtotal", "created_at", "shipping_address.country_code"]
        const {
          data: [before],
        } = await query.graph({ entity: "order", fields: fiscal, filters: { id: orderId } })

        // An open cart of the subject next to the one its order came from.
        await api.post("/store/carts", { region_id: shop.regionId, email: p.email }, { headers: c.headers })
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        const cartIds: string[] = await knex("cart").where({ customer_id: c.customer.id }).pluck("id")
        expect(cartIds.length).toBe(2)
        // Every link table (Medusa's and any module's defineLink) with its columns, from the Link module's joiner configs.
        const linkTables = (MedusaModule.getAllJoinerConfigs() as any[])
          .filter((j) => j.isLink && j.databaseConfig?.tableName)
          .map((j) => j.databaseConfig.tableName as string)
        expect(linkTables).toEqual(expect.arrayContaining(["order_cart", "cart_payment_collection", "customer_account_holder"]))
        const linkRowsOf = async (ids: string[]) => {
          const hits: Record<string, number> = {}
          for (const table of linkTables) {
            const cols: string[] = (
              await knex.raw(
                "select column_name from information_schema.columns where table_schema = current_schema() and table_name = ? and column_name like '%_id'",
                [table]
              )
            ).rows.map((r: any) => r.column_name)
            for (const col of cols) {
              const { rows } = await knex.raw(`select count(*)::int as n from ?? where ?? = any(?::text[])`, [table, col, `{${ids.join(",")}}`])
              if (rows[0].n) hits[`${table}.${col}`] = rows[0].n
            }
          }
          return hits
        }
        const linksBefore = await linkRowsOf([c.customer.id, ...cartIds])
        expect(linksBefore).toEqual(expect.objectContaining({ "order_cart.cart_id": 1, "cart_payment_collection.cart_id": 1 }))
        const events: { name: string; data: unknown }[] = []
        const eventBus = container.resolve(Modules.EVENT_BUS)
        for (const name of ["customer.deleted", "privacy.subject.erased"]) {
          eventBus.subscribe(name, async (e: any) => void events.push({ name, data: e.data }), { subscriberId: `test-${name}-${Date.now()}` } as any)
        }

        const { data } = await api.post("/store/privacy/erasure-requests", { password: c.password }, { headers: c.headers })
        // The confirmation mail names the time until which the request can be cancelled.
        const [confirmation] = await container.resolve(Modules.NOTIFICATION).listNotifications({ template: "privacy.erasure-requested", to: p.email })
        expect(confirmation.data).toEqual(expect.objectContaining({ locale: "nl", cancel_until: expect.stringMatching(/\d{4} om \d{2}:\d{2}$/) }))
        expect(new Date(confirmation.data!.cancel_until_iso as string).toISOString()).toBe(new Date(data.data_subject_request.execute_after).toISOString())
        setClock(container, new Date(Date.now() + 25 * 3600 * 1000))
        const { data: run } = await api.post("/admin/privacy/retention-runs", { dry_run: false }, { headers: admin })
        expect(run.retention_run.counts.erasure_request).toBe(1)
        // No link row points at the erased customer or its carts any more, and Medusa's event went out ({ id } only).
        expect(await linkRowsOf([c.customer.id, ...cartIds])).toEqual({})
        for (let i = 0; i < 50 && events.length < 2; i++) await new Promise((r) => setTimeout(r, 100))
        expect(events).toEqual(
          expect.arrayContaining([
            { name: "customer.deleted", data: { id: c.customer.id } },
            { name: "privacy.subject.erased", data: { id: c.customer.id } },
          ])
        )

        const { data: reqs } = await api.get("/admin/privacy/requests", { headers: admin })
        expect(reqs.data_subject_requests.find((r: any) => r.id === data.data_subject_request.id)).toEqual(
          expect.objectContaining({ status: "completed", handled_by: expect.stringMatching(/^user:/) })
        )
        // Old credentials are gone, the same e-mail registers again.
        expect((await api.post("/auth/customer/emailpass", { email: p.email, password: c.password }, ok)).status).toBe(401)
        const again = await registerPersona(api, shop, { ...personaFor("newcomer"), email: p.email })
        expect(again.customer.email).toBe(p.email)

        const {
          data: [after],
        } = await query.graph({
          entity: "order",
          fields: [...fiscal, "email", "customer_id", "shipping_address.postal_code", "shipping_address.address_1"],
          filters: { id: orderId },
        })
        expect(after).toEqual(
          expect.objectContaining({
            display_id: before.display_id,
            currency_code: before.currency_code,
            total: before.total,
            tax_total: before.tax_total,
            email: null,
            customer_id: null,
          })
        )
        expect(after.shipping_address).toEqual(expect.objectContaining({ country_code: "nl", postal_code: "3511", address_1: null }))

        // The re-registered customer holds the e-mail now; everything else of the erased subject is gone.
        const hits = await scanCoveredTables(container, [p.first_name, p.last_name, p.phone, p.street])
        expect(hits).toEqual({})
        const emailHits = await scanCoveredTables(container, [p.email])
        expect(Object.keys(emailHits).sort()).toEqual(["customer:" + p.email, "provider_identity:" + p.email])
        // The other customer is untouched.
        const {
          data: [kept],
        } = await query.graph({ entity: "order", fields: ["email"], filters: { id: otherOrder } })
        expect(kept.email).toBe(other.email)
        const consents = await (container.resolve("privacy") as any).listConsentRecords({ policy_text_id: text.id })
        expect(consents).toHaveLength(3)
        expect(consents.every((r: any) => r.customer_id === null && r.visitor_id === null && /^[0-9a-f]{64}$/.test(r.subject_hash))).toBe(true)
      })

      it("should be idempotent: erasing an erased subject again changes nothing", async () => {
        const container = getContainer()
        const p = personaFor("twice")
        const c = await registerPersona(api, shop, p)
        await placeOrder(api, shop, c.headers, p)
        const { eraseSubjectWorkflow } = require("@softshop/medusa-privacy/workflows")
        const first = await eraseSubjectWorkflow(container).run({ input: { customer_id: c.customer.id, email: p.email, rule: "test", actor: "test" } })
        const second = await eraseSubjectWorkflow(container).run({ input: { customer_id: c.customer.id, email: p.email, rule: "test", actor: "test" } })
        const medusaFirst = first.result.results.find((r: any) => r.module === "medusa")
        const medusaSecond = second.result.results.find((r: any) => r.module === "medusa")
        expect(medusaFirst.erased.customer).toBe(1)
        expect(medusaFirst.anonymized.order).toBe(1)
        const changed = (r: any) => Object.values({ ...r.erased, ...r.anonymized }).reduce((a: number, b: any) => a + b, 0)
        expect(changed(medusaSecond)).toBe(0)
      })
    })

    describe("cookie consent", () => {
      it("should read every non-necessary category as denied before any choice", async () => {
        const { data } = await api.get("/store/privacy/consents", { headers: shop.headers })
        expect(data.consent.visitor_id).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/)
        expect(data.consent.categories).toEqual({
          necessary: expect.objectContaining({ granted: true }),
          analytics: { granted: false, policy_text_version: null, recorded_at: null },
          marketing: { granted: false, policy_text_version: null, recorded_at: null },
        })
      })

      it("should record a choice with the text version, read it back, and read a withdrawn category as denied", async () => {
        const v1 = await publishCookies("2026-01")
        const { data: current } = await api.get("/store/privacy/policy-texts/current?kind=cookies", { headers: shop.headers })
        expect(current.policy_text.id).toBe(v1.id)
        const visitor = await newVisitor()
        const rec = await api.post(
          "/store/privacy/consents",
          { visitor_id: visitor, policy_text_id: v1.id, choices: { analytics: true, marketing: false } },
          { headers: shop.headers }
        )
        expect(rec.status).toBe(201)
        expect(rec.data.consent.categories.analytics).toEqual(expect.objectContaining({ granted: true, policy_text_version: "2026-01" }))
        expect(rec.data.consent.categories.marketing.granted).toBe(false)

        const v2 = await publishCookies("2026-02")
        await api.post(
          "/store/privacy/consents",
          { visitor_id: visitor, policy_text_id: v2.id, choices: { analytics: true, marketing: true } },
          { headers: shop.headers }
        )
        const { data: read } = await api.get(`/store/privacy/consents?visitor_id=${visitor}`, { headers: shop.headers })
        expect(read.consent.categories.marketing).toEqual(expect.objectContaining({ granted: true, policy_text_version: "2026-02" }))

        const { data: w } = await api.post("/store/privacy/consents/withdraw", { visitor_id: visitor, categories: ["marketing"] }, { headers: shop.headers })
        expect(w.consent.categories.marketing.granted).toBe(false)
        expect(w.consent.categories.analytics.granted).toBe(true)

        const records = await (getContainer().resolve("privacy") as any).listConsentRecords({ visitor_id: keyOf(visitor) })
        expect(records).toHaveLength(7)
        expect(records.every((r: any) => r.policy_text_version && /^[0-9a-f]{64}$/.test(r.policy_text_hash))).toBe(true)
        // Another visitor sees none of it.
        const { data: other } = await api.get(`/store/privacy/consents?visitor_id=${await newVisitor()}`, { headers: shop.headers })
        expect(other.consent.categories.analytics.granted).toBe(false)
      })

      it("should serve the current cookie text in the language asked for", async () => {
        await publishCookies("v1")
        await api.post("/admin/privacy/policy-texts", { kind: "cookies", version: "v1-en", locale: "en", body: "Cookie text v1" }, { headers: admin })
        const { data: en } = await api.get("/store/privacy/policy-texts/current?kind=cookies&locale=en", { headers: shop.headers })
        expect(en.policy_text).toEqual(expect.objectContaining({ locale: "en", body: "Cookie text v1" }))
        const { data: nl } = await api.get("/store/privacy/policy-texts/current?kind=cookies", { headers: shop.headers })
        expect(nl.policy_text.locale).toBe("nl")
      })

      it("should reject bad input naming the field", async () => {
        const v = await publishCookies("bad-input")
        const noVisitor = await api.post(
          "/store/privacy/consents",
          { visitor_id: "x", policy_text_id: v.id, choices: { analytics: true, marketing: false } },
          { headers: shop.headers, ...ok }
        )
        expect(noVisitor.status).toBe(400)
        expect(noVisitor.data.message).toContain("visitor_id")
        const unknown = await api.post(
          "/store/privacy/consents",
          { visitor_id: await newVisitor(), policy_text_id: "ptxt_nope", choices: { analytics: true, marketing: false } },
          { headers: shop.headers, ...ok }
        )
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toContain("policy_text_id")
        const dup = await api.post("/admin/privacy/policy-texts", { kind: "cookies", version: "bad-input", locale: "nl", body: "x" }, { headers: admin, ...ok })
        expect(dup.status).toBe(422)
      })

      it("should key consent by a server-issued signed visitor id and refuse forged or unsigned ones", async () => {
        const v = await publishCookies("signed")
        const visitor = await newVisitor()
        const [key, sig] = visitor.split(".")
        const choose = (visitor_id: string) =>
          api.post(
            "/store/privacy/consents",
            { visitor_id, policy_text_id: v.id, choices: { analytics: true, marketing: true } },
            { headers: shop.headers, ...ok }
          )
        expect((await choose(visitor)).status).toBe(201)
        // Without a visitor id a new one is issued with the first choice.
        const first = await api.post(
          "/store/privacy/consents",
          { policy_text_id: v.id, choices: { analytics: false, marketing: true } },
          { headers: shop.headers }
        )
        expect(first.status).toBe(201)
        expect(first.data.consent.visitor_id).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/)
        expect(first.data.consent.visitor_id).not.toBe(visitor)
        // Knowing the record key (or an old unsigned id) is not enough to read or overwrite that visitor's consent.
        const forged = [key, `${key}.${"A".repeat(43)}`, `${key}.${sig.slice(0, -1)}${sig.endsWith("A") ? "B" : "A"}`, `${key}.${sig}=`, "visitor-abc-123"]
        for (const id of forged) {
          const read = await api.get(`/store/privacy/consents?visitor_id=${encodeURIComponent(id)}`, { headers: shop.headers, ...ok })
          expect([id, read.status]).toEqual([id, 400])
          expect(read.data.message).toContain("visitor_id")
          expect((await choose(id)).status).toBe(400)
          const w = await api.post("/store/privacy/consents/withdraw", { visitor_id: id }, { headers: shop.headers, ...ok })
          expect(w.status).toBe(400)
        }
        const { data } = await api.get(`/store/privacy/consents?visitor_id=${visitor}`, { headers: shop.headers })
        expect(data.consent.categories.marketing.granted).toBe(true)
        const records = await (getContainer().resolve("privacy") as any).listConsentRecords({ visitor_id: key })
        expect(records).toHaveLength(3)
      })
    })

    describe("requests by staff", () => {
      it("should answer 404 for a request about a customer that does not exist, and never complete an erasure that erased nobody", async () => {
        const container = getContainer()
        const unknown = await api.post(
          "/admin/privacy/requests",
          { type: "erasure", channel: "email", customer_id: "cus_01NOSUCHCUSTOMER" },
          { headers: admin, ...ok }
        )
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toContain("cus_01NOSUCHCUSTOMER")
        const bad = await api.post("/admin/privacy/requests", { type: "erasure", channel: "email", customer_id: "not-a-customer" }, { headers: admin, ...ok })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("customer_id")
        expect((await api.get("/admin/privacy/requests", { headers: admin })).data.count).toBe(0)

        // A request whose customer disappeared before execution is not "completed".
        const p = personaFor("vanished")
        const c = await registerPersona(api, shop, p)
        const { data } = await api.post("/admin/privacy/requests", { type: "erasure", channel: "letter", customer_id: c.customer.id }, { headers: admin })
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        await knex("customer").where({ id: c.customer.id }).delete()
        const exec = await api.post(`/admin/privacy/requests/${data.data_subject_request.id}/execute`, {}, { headers: admin, ...ok })
        expect(exec.status).toBe(404)
        const [after] = await (container.resolve("privacy") as any).listDataSubjectRequests({ id: data.data_subject_request.id })
        expect(after.status).toBe("received")
      })

      it("should execute an erasure request once when two admins press execute at the same moment", async () => {
        const p = personaFor("twice")
        const c = await registerPersona(api, shop, p)
        const { data } = await api.post("/admin/privacy/requests", { type: "erasure", channel: "letter", customer_id: c.customer.id }, { headers: admin })
        const id = data.data_subject_request.id
        const both = await Promise.all([0, 1].map(() => api.post(`/admin/privacy/requests/${id}/execute`, {}, { headers: admin, ...ok })))
        expect(both.map((r) => r.status).sort()).toEqual([200, 400])
        expect(both.find((r) => r.status === 400)!.data.message).toBe(`Erasure request ${id} is completed`)
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        // One erasure in the register (each test starts from the suite's snapshot, which has none).
        const [{ n }] = await knex("privacy_audit_log").where({ rule: "erasure_request" }).count({ n: "*" })
        expect(Number(n)).toBe(1)
      })
    })
  },
})

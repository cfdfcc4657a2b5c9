import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createLot } from "../../helpers/auctions"
import { seedShop, SeededShop } from "../../helpers/shop"
import { createAdmin, monthsFromNow, personaFor, placeOrder, registerPersona, scanCoveredTables, setClock } from "../../helpers/privacy"

jest.setTimeout(240_000)

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

    const run = async (dry_run = false) => (await api.post("/admin/privacy/retention-runs", { dry_run }, { headers: admin })).data.retention_run
    const DAY = 86_400_000
    const WARNING_DAYS = 30
    /** Retention always warns first (P10): a run at `at` warns, the run after the full grace erases. Returns that run. */
    const runAfterWarning = async (at: Date) => {
      setClock(getContainer(), at)
      await run()
      setClock(getContainer(), new Date(at.getTime() + (WARNING_DAYS + 1) * DAY))
      return run()
    }
    const customerExists = async (id: string) =>
      (
        await getContainer()
          .resolve(Modules.CUSTOMER)
          .listCustomers({ id }, { select: ["id"] })
      ).length === 1
    const waitForClock = async (customerId: string, after: Date) => {
      const privacy = getContainer().resolve("privacy") as any
      for (let i = 0; i < 50; i++) {
        const [clock] = await privacy.listSubjectClocks({ customer_id: customerId })
        if (clock && new Date(clock.last_activity_at) >= after) return clock
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error("subject clock was not reset by the order.placed subscriber")
    }
    const shopper = async (tag: string, extra: Record<string, string> = {}) => {
      const p = personaFor(tag)
      const c = await registerPersona(api, shop, p, extra)
      return { p, c, id: c.customer.id as string }
    }

    it("should erase a consumer 11 months past their last order while one at 9 months is kept", async () => {
      const container = getContainer()
      const old = await shopper("eleven")
      await placeOrder(api, shop, old.c.headers, old.p)
      // The second customer orders two months later (the clock the plugin reads).
      const later = monthsFromNow(2)
      setClock(container, later)
      const recent = await shopper("nine")
      await placeOrder(api, shop, recent.c.headers, recent.p)
      await waitForClock(recent.id, later)

      // Warned at 10.5 months (the other is not due within warningDays then), erased a month later.
      const r = await runAfterWarning(monthsFromNow(10.5))
      expect(r.counts.consumer_after_last_order).toBe(1)
      expect(await customerExists(old.id)).toBe(false)
      expect(await customerExists(recent.id)).toBe(true)
      expect(await scanCoveredTables(container, [old.p.email, old.p.first_name, old.p.street])).toEqual({})
    })

    it("should erase an old guest record without touching the live account that shares its e-mail", async () => {
      const container = getContainer()
      const account = await shopper("shared")
      const guest = await container.resolve(Modules.CUSTOMER).createCustomers({ email: account.p.email, has_account: false, first_name: "Gast" })
      const later = monthsFromNow(2)
      setClock(container, later)
      const orderId = await placeOrder(api, shop, account.c.headers, account.p)
      await waitForClock(account.id, later)
      expect((await runAfterWarning(monthsFromNow(10.5))).counts.consumer_no_orders).toBe(1)
      expect(await customerExists(guest.id)).toBe(false)
      expect(await customerExists(account.id)).toBe(true)
      const login = await api.post("/auth/customer/emailpass", { email: account.p.email, password: account.c.password }, ok)
      expect(login.status).toBe(200)
      const [order] = await container.resolve(Modules.ORDER).listOrders({ id: orderId }, { select: ["email"] })
      expect(order.email).toBe(account.p.email)
    })

    it("should reset the clock when the customer logs in", async () => {
      const container = getContainer()
      const s = await shopper("login")
      const later = monthsFromNow(3)
      setClock(container, later)
      const login = await api.post("/auth/customer/emailpass", { email: s.p.email, password: s.c.password })
      expect(login.data.token).toBeTruthy()
      await waitForClock(s.id, later)
      setClock(container, monthsFromNow(11))
      await run()
      expect(await customerExists(s.id)).toBe(true)
      expect((await runAfterWarning(monthsFromNow(13.5))).counts.consumer_no_orders).toBe(1)
      expect(await customerExists(s.id)).toBe(false)
    })

    it("should erase a customer without orders 10 months after registration, and keep a business customer", async () => {
      const consumer = await shopper("noorders")
      const business = await shopper("business", { company_name: "Bedrijf BV" })
      setClock(getContainer(), monthsFromNow(10.5))
      const preview = (await api.get("/admin/privacy/retention/preview", { headers: admin })).data.preview
      expect(preview.subjects.map((s: any) => s.customer_id)).toContain(consumer.id)
      expect(preview.subjects.map((s: any) => s.customer_id)).not.toContain(business.id)
      const r = await runAfterWarning(monthsFromNow(10.5))
      expect(r.counts.consumer_no_orders).toBe(1)
      expect(r.counts.business_inactive).toBe(0)
      expect(await customerExists(consumer.id)).toBe(false)
      expect(await customerExists(business.id)).toBe(true)
    })

    it("should show the 30-day preview and change nothing on a dry run", async () => {
      const s = await shopper("preview")
      setClock(getContainer(), new Date(monthsFromNow(10).getTime() - 10 * 86_400_000))
      const { data } = await api.get("/admin/privacy/retention/preview", { headers: admin })
      expect(data.preview.counts.consumer_no_orders).toBe(1)
      expect(data.preview.subjects).toEqual([expect.objectContaining({ customer_id: s.id, rule: "consumer_no_orders", held: false })])
      expect(JSON.stringify(data)).not.toContain(s.p.email)
      setClock(getContainer(), monthsFromNow(11))
      const dry = await run(true)
      expect(dry).toEqual(expect.objectContaining({ dry_run: true, status: "completed" }))
      // Not warned yet: a real run would warn, not erase; a dry run sends nothing.
      expect(dry.counts).toEqual(expect.objectContaining({ warned: 1, consumer_no_orders: 0 }))
      expect(await customerExists(s.id)).toBe(true)
      expect(await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "privacy.retention-warning", to: s.p.email })).toEqual([])
      const { data: runs } = await api.get("/admin/privacy/retention-runs", { headers: admin })
      expect(runs.retention_runs[0].id).toBe(dry.id)
      const { data: logs } = await api.get("/admin/privacy/audit-logs", { headers: admin })
      expect(logs.audit_logs[0]).toEqual(expect.objectContaining({ rule: "retention_dry_run", run_id: dry.id }))
    })

    it("should skip a held subject, show it as held, and erase it once the hold is released", async () => {
      const s = await shopper("held")
      const { data: hold } = await api.post(
        "/admin/privacy/legal-holds",
        { customer_id: s.id, reason: "Open betalingsgeschil", reference: "dispute-1" },
        { headers: admin }
      )
      const bad = await api.post("/admin/privacy/legal-holds", { customer_id: s.id }, { headers: admin, ...ok })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("reason")
      setClock(getContainer(), monthsFromNow(11))
      const { data } = await api.get("/admin/privacy/retention/preview", { headers: admin })
      expect(data.preview.subjects).toEqual([expect.objectContaining({ customer_id: s.id, held: true })])
      expect(data.preview.counts.held).toBe(1)
      const r = await run()
      expect(r.counts.held).toBe(1)
      expect(await customerExists(s.id)).toBe(true)
      await api.post(`/admin/privacy/legal-holds/${hold.legal_hold.id}/release`, {}, { headers: admin })
      expect((await runAfterWarning(monthsFromNow(11))).counts.consumer_no_orders).toBe(1)
      expect(await customerExists(s.id)).toBe(false)
    })

    it("should anonymise an order past the fiscal window with its totals unchanged", async () => {
      const container = getContainer()
      const s = await shopper("fiscal")
      const orderId = await placeOrder(api, shop, s.c.headers, s.p)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const fields = [
        "id",
        "display_id",
        "currency_code",
        "total",
        "subtotal",
        "tax_total",
        "metadata",
        "email",
        "shipping_address.postal_code",
        "shipping_address.country_code",
      ]
      const {
        data: [before],
      } = await query.graph({ entity: "order", fields, filters: { id: orderId } })
      const year = new Date().getUTCFullYear()
      // Warned on 1 November, erased a month later, still inside the order's fiscal window.
      await runAfterWarning(new Date(Date.UTC(year + 7, 10, 1, 12)))
      const {
        data: [erased],
      } = await query.graph({ entity: "order", fields, filters: { id: orderId } })
      expect(erased.shipping_address.postal_code).toBe("3511")
      expect(erased.metadata.privacy_anonymized_at).toBeUndefined()

      setClock(container, new Date(Date.UTC(year + 8, 0, 1, 12)))
      expect((await run()).counts.order_fiscal_window).toBe(1)
      const {
        data: [after],
      } = await query.graph({ entity: "order", fields, filters: { id: orderId } })
      expect(after).toEqual(
        expect.objectContaining({
          display_id: before.display_id,
          currency_code: before.currency_code,
          total: before.total,
          subtotal: before.subtotal,
          tax_total: before.tax_total,
          email: null,
        })
      )
      expect(after.shipping_address).toEqual({ postal_code: null, country_code: "nl" })
      expect(after.metadata.privacy_anonymized_at).toBeTruthy()
      expect((await run()).counts.order_fiscal_window).toBe(0)
    })

    it("should erase each subject once when two runs start at the same time, and never touch admin users", async () => {
      const subjects = await Promise.all([shopper("conc"), shopper("conc"), shopper("conc")])
      setClock(getContainer(), monthsFromNow(11))
      expect((await run()).counts.warned).toBe(3)
      setClock(getContainer(), new Date(monthsFromNow(11).getTime() + (WARNING_DAYS + 1) * DAY))
      const results = await Promise.all([
        api.post("/admin/privacy/retention-runs", { dry_run: false }, { headers: admin, ...ok }),
        api.post("/admin/privacy/retention-runs", { dry_run: false }, { headers: admin, ...ok }),
      ])
      const statuses = results.map((r) => r.status).sort()
      expect([
        [201, 201],
        [201, 400],
      ]).toContainEqual(statuses)
      const erasedTotal = results.filter((r) => r.status === 201).reduce((n, r) => n + r.data.retention_run.counts.consumer_no_orders, 0)
      expect(erasedTotal).toBe(3)
      for (const s of subjects) expect(await customerExists(s.id)).toBe(false)
      const privacy = getContainer().resolve("privacy") as any
      // One audit entry per batch and rule, with counts only: together they account for each subject once.
      const logs = await privacy.listAuditLogs({ rule: "consumer_no_orders" })
      expect(logs.reduce((n: number, l: any) => n + l.counts.subjects, 0)).toBe(3)
      expect(JSON.stringify(logs)).not.toContain(subjects[0].p.email)
      const login = await api.post("/auth/user/emailpass", { email: "privacy-admin@softshop.test", password: "Admin-geheim-1" }, ok)
      expect(login.status).toBe(200)
    })

    it("should end consistent when a run was killed mid-subject and the job runs again", async () => {
      const container = getContainer()
      const s = await shopper("killed")
      await placeOrder(api, shop, s.c.headers, s.p)
      const privacy = container.resolve("privacy") as any
      setClock(container, monthsFromNow(11))
      expect((await run()).counts.warned).toBe(1)
      setClock(container, new Date(monthsFromNow(11).getTime() + (WARNING_DAYS + 1) * DAY))
      // What a killed worker leaves behind: a run still "running", one module already erased, Medusa's data not yet.
      const stale = await privacy.createRetentionRuns({ dry_run: false, actor: "job", started_at: privacy.now(), counts: {}, failures: { items: [] } })
      await privacy.eraseSubjectData({ customer_id: s.id, email: s.p.email })
      const r = await run()
      expect(r.counts.consumer_after_last_order).toBe(1)
      expect((await privacy.retrieveRetentionRun(stale.id)).status).toBe("interrupted")
      expect(await customerExists(s.id)).toBe(false)
      expect(await scanCoveredTables(container, [s.p.email, s.p.first_name, s.p.last_name, s.p.phone, s.p.street])).toEqual({})
      expect((await run()).counts.consumer_after_last_order).toBe(0)
    })

    it("should erase a whole batch in one run, skip the held subject inside it, and reach soft-deleted records and payment account holders", async () => {
      const container = getContainer()
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      const customers = container.resolve(Modules.CUSTOMER)
      const batch = await Promise.all(["b1", "b2", "b3", "b4"].map((t) => shopper(`batch-${t}`)))
      const held = await shopper("batch-held")
      await api.post("/admin/privacy/legal-holds", { customer_id: held.id, reason: "Open reparatie" }, { headers: admin })
      // A record an admin deleted in Medusa is only soft-deleted: its personal data is still there.
      await customers.softDeleteCustomers([batch[3].id])
      const { data: exported } = await api.get(`/admin/privacy/customers/${batch[3].id}/export`, { headers: admin })
      expect(exported.export.modules.find((m: any) => m.module === "medusa").entities.customer).toEqual([
        expect.objectContaining({ id: batch[3].id, email: batch[3].p.email, deleted_at: expect.any(String) }),
      ])
      // The customer as known to a payment provider (account holder) and the provider's data on a payment.
      await knex("account_holder").insert({
        id: "acchld_batch",
        provider_id: "pp_system_default",
        external_id: "ext-batch",
        email: batch[0].p.email,
        data: { name: batch[0].p.first_name },
      })
      await knex("customer_account_holder").insert({ id: "cusacc_batch", customer_id: batch[0].id, account_holder_id: "acchld_batch" })

      const r = await runAfterWarning(monthsFromNow(11))
      expect(r.counts).toEqual(expect.objectContaining({ consumer_no_orders: 4, held: 1, failed: 0 }))
      const left = await knex("customer")
        .whereIn("id", [...batch.map((b) => b.id), held.id])
        .pluck("id")
      expect(left).toEqual([held.id])
      const [holder] = await knex("account_holder").where({ id: "acchld_batch" })
      expect(holder).toEqual(expect.objectContaining({ email: null, data: {} }))
      for (const b of batch) {
        expect(await scanCoveredTables(container, [b.p.email, b.p.first_name, b.p.street])).toEqual({})
        const login = await api.post("/auth/customer/emailpass", { email: b.p.email, password: b.c.password }, ok)
        expect(login.status).toBe(401)
      }
      // One audit entry for the batch, counting subjects, naming nobody.
      const privacy = container.resolve("privacy") as any
      const [log] = await privacy.listAuditLogs({ run_id: r.id, rule: "consumer_no_orders" })
      expect(log.counts).toEqual(expect.objectContaining({ subjects: 4, "medusa.customer.erased": 4, "medusa.account_holder.anonymized": 1 }))
      expect(JSON.stringify(log)).not.toMatch(/privacy-test\.nl|Voornaam|cus_/)
    })

    it("should warn once before erasure with a keep-my-account link that resets the clock", async () => {
      const container = getContainer()
      const s = await shopper("warn")
      setClock(container, new Date(monthsFromNow(10).getTime() - 5 * 86_400_000))
      expect((await run()).counts.warned).toBe(1)
      expect((await run()).counts.warned).toBe(0)
      const [mail] = await container.resolve(Modules.NOTIFICATION).listNotifications({ template: "privacy.retention-warning", to: s.p.email })
      // The shop passes defaultLocale "nl" (the plugin's default is "en").
      expect(mail.data!.locale).toBe("nl")
      const link = new URL(mail.data!.keep_account_url as string)
      expect(link.pathname).toBe("/privacy/keep-account")
      const token = link.searchParams.get("token")!
      const tampered = await api.get(`/privacy/keep-account?token=${encodeURIComponent(token.slice(0, -2) + "xx")}`, ok)
      expect(tampered.status).toBe(400)
      // A GET (what a mail link scanner does) only shows the page with its button; it keeps nothing.
      const privacy = container.resolve("privacy") as any
      const [warnedClock] = await privacy.listSubjectClocks({ customer_id: s.id })
      const page = await api.get(`${link.pathname}${link.search}`, ok)
      expect(page.status).toBe(200)
      expect(page.headers["content-type"]).toContain("text/html")
      expect(page.data).toContain('<form method="post" action="/privacy/keep-account">')
      expect(page.data).toContain("Mijn account bewaren")
      const en = await api.get(`${link.pathname}${link.search}&lang=en`, ok)
      expect(en.data).toContain("Keep my account")
      const [afterGet] = await privacy.listSubjectClocks({ customer_id: s.id })
      expect(afterGet).toEqual(expect.objectContaining({ last_activity_at: warnedClock.last_activity_at, warned_at: warnedClock.warned_at }))
      expect(await privacy.listAuditLogs({ rule: "keep_account" })).toEqual([])
      // The button's POST keeps the account.
      const kept = await api.post("/privacy/keep-account", new URLSearchParams({ token }).toString(), {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        ...ok,
      })
      expect(kept.status).toBe(200)
      expect(kept.data).toContain('data-outcome="kept"')
      const [afterPost] = await privacy.listSubjectClocks({ customer_id: s.id })
      expect(afterPost.warned_at).toBeNull()
      expect(new Date(afterPost.last_activity_at).getTime()).toBeGreaterThan(new Date(warnedClock.last_activity_at).getTime())
      const forged = await api.post("/privacy/keep-account", new URLSearchParams({ token: token + "x" }).toString(), {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        ...ok,
      })
      expect(forged.status).toBe(400)
      setClock(container, monthsFromNow(11))
      await run()
      setClock(container, new Date(monthsFromNow(11).getTime() + (WARNING_DAYS + 1) * DAY))
      await run()
      expect(await customerExists(s.id)).toBe(true)
    })

    it("should leave the clock as it was when the keep-my-account audit entry cannot be written, and keep the account on a retry", async () => {
      const container = getContainer()
      const s = await shopper("keep-undo")
      const privacy = container.resolve("privacy") as any
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      setClock(container, new Date(monthsFromNow(10).getTime() - 5 * DAY))
      expect((await run()).counts.warned).toBe(1)
      const [mail] = await container.resolve(Modules.NOTIFICATION).listNotifications({ template: "privacy.retention-warning", to: s.p.email })
      const token = new URL(mail.data!.keep_account_url as string).searchParams.get("token")!
      const [warned] = await privacy.listSubjectClocks({ customer_id: s.id })
      expect(warned.warned_at).not.toBeNull()
      const post = () =>
        api.post("/privacy/keep-account", new URLSearchParams({ token }).toString(), {
          headers: { "content-type": "application/x-www-form-urlencoded" },
          ...ok,
        })
      // A real storage failure of the audit log, after the clock was reset by the workflow's first step.
      await knex.raw(`create or replace function privacy_test_refuse_keep_account() returns trigger language plpgsql as $$
        begin if new.rule = 'keep_account' then raise exception 'simulated audit storage failure'; end if; return new; end $$`)
      await knex.raw(
        "create trigger privacy_test_refuse_keep_account before insert on privacy_audit_log for each row execute function privacy_test_refuse_keep_account()"
      )
      try {
        expect((await post()).status).toBeGreaterThanOrEqual(500)
      } finally {
        await knex.raw("drop trigger if exists privacy_test_refuse_keep_account on privacy_audit_log")
      }
      // The compensation put the activity and the warning back: the grace period still runs.
      const [after] = await privacy.listSubjectClocks({ customer_id: s.id })
      expect(new Date(after.last_activity_at).getTime()).toBe(new Date(warned.last_activity_at).getTime())
      expect(new Date(after.warned_at).getTime()).toBe(new Date(warned.warned_at).getTime())
      expect(await privacy.listAuditLogs({ rule: "keep_account", actor: `customer:${s.id}` })).toEqual([])
      const kept = await post()
      expect(kept.status).toBe(200)
      const [reset] = await privacy.listSubjectClocks({ customer_id: s.id })
      expect(reset.warned_at).toBeNull()
      expect(await privacy.listAuditLogs({ rule: "keep_account", actor: `customer:${s.id}` })).toHaveLength(1)
    })

    it("should leave a subject unwarned when the warning mail cannot be handed over, and warn it in the next run", async () => {
      const container = getContainer()
      const s = await shopper("mail-refused")
      const privacy = container.resolve("privacy") as any
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      // A real storage failure of Medusa's notification module, after the warning mark was written.
      await knex.raw(`create or replace function privacy_test_refuse_notification() returns trigger language plpgsql as $$
        begin raise exception 'simulated notification storage failure'; end $$`)
      await knex.raw(
        "create trigger privacy_test_refuse_notification before insert on notification for each row execute function privacy_test_refuse_notification()"
      )
      setClock(container, monthsFromNow(11))
      try {
        const failed = await api.post("/admin/privacy/retention-runs", { dry_run: false }, { headers: admin, ...ok })
        expect(failed.status).toBeGreaterThanOrEqual(500)
      } finally {
        await knex.raw("drop trigger if exists privacy_test_refuse_notification on notification")
      }
      // The workflow's compensation took the mark back: the grace period has not started without a mail.
      const [clock] = await privacy.listSubjectClocks({ customer_id: s.id })
      expect(clock?.warned_at ?? null).toBeNull()
      expect((await run()).counts.warned).toBe(1)
      const [warned] = await privacy.listSubjectClocks({ customer_id: s.id })
      expect(warned.warned_at).not.toBeNull()
      expect(await container.resolve(Modules.NOTIFICATION).listNotifications({ template: "privacy.retention-warning", to: s.p.email })).toHaveLength(1)
    })

    it("should warn a subject already past due when the plugin meets existing data, and erase only after the full grace", async () => {
      const container = getContainer()
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      // Data that existed before the plugin: a customer registered 14 months ago, no clock, no warning on record.
      const s = await shopper("preexisting")
      const past = monthsFromNow(-14)
      await knex("customer").where({ id: s.id }).update({ created_at: past })
      // The login's clock reset runs after the response: wait for it, then remove the clock.
      await waitForClock(s.id, new Date(0))
      await knex("privacy_subject_clock").where({ customer_id: s.id }).delete()
      const start = new Date()
      setClock(container, start)
      const first = await run()
      expect(first.counts).toEqual(expect.objectContaining({ warned: 1, consumer_no_orders: 0 }))
      expect(await customerExists(s.id)).toBe(true)
      const [mail] = await container.resolve(Modules.NOTIFICATION).listNotifications({ template: "privacy.retention-warning", to: s.p.email })
      expect(mail.data!.keep_account_url).toContain("/privacy/keep-account?token=")
      // The mail names the first day erasure may happen: the full warningDays from now.
      expect(mail.data!.erase_on).toBe(new Date(start.getTime() + WARNING_DAYS * DAY).toISOString().slice(0, 10))
      // The preview does not count it as erased within a window that ends inside the grace period.
      const { data: soon } = await api.get("/admin/privacy/retention/preview?days=7", { headers: admin })
      expect(soon.preview.subjects.map((x: any) => x.customer_id)).not.toContain(s.id)

      setClock(container, new Date(start.getTime() + (WARNING_DAYS - 1) * DAY))
      const during = await run()
      expect(during.counts).toEqual(expect.objectContaining({ warned: 0, consumer_no_orders: 0 }))
      expect(await customerExists(s.id)).toBe(true)

      setClock(container, new Date(start.getTime() + (WARNING_DAYS + 1) * DAY))
      expect((await run()).counts.consumer_no_orders).toBe(1)
      expect(await customerExists(s.id)).toBe(false)
    })

    it("should warn again after the job was down longer than warningDays instead of erasing at once", async () => {
      const s = await shopper("downtime")
      // The job never ran while the subject became due; it comes back two months after the due date.
      const back = monthsFromNow(12)
      setClock(getContainer(), back)
      expect((await run()).counts).toEqual(expect.objectContaining({ warned: 1, consumer_no_orders: 0 }))
      expect(await customerExists(s.id)).toBe(true)
      setClock(getContainer(), new Date(back.getTime() + (WARNING_DAYS + 1) * DAY))
      expect((await run()).counts.consumer_no_orders).toBe(1)
    })

    it("should show an erasure request of a customer under another plugin's legal hold as held in the preview, as execution refuses it", async () => {
      const container = getContainer()
      const s = await shopper("auction-hold")
      // An unpaid auction win (the auctions plugin's legal hold), then the customer asks to be erased.
      const lot = await createLot(api, admin, shop, { buy_now_price: 250 })
      const bought = await api.post(`/store/auctions/${lot.id}/buy-now`, {}, { headers: s.c.headers })
      expect(bought.data.auction).toEqual(expect.objectContaining({ result: "won" }))
      const { data } = await api.post("/store/privacy/erasure-requests", { password: s.c.password }, { headers: s.c.headers })
      setClock(container, new Date(Date.now() + 2 * 3600 * 1000))
      const { data: preview } = await api.get("/admin/privacy/retention/preview", { headers: admin })
      expect(preview.preview.counts).toEqual(expect.objectContaining({ erasure_request: 0, held: 1 }))
      expect(preview.preview.subjects).toEqual([expect.objectContaining({ customer_id: s.id, rule: "erasure_request", held: true })])
      // Execution refuses the same subject.
      const exec = await api.post(`/admin/privacy/requests/${data.data_subject_request.id}/execute`, {}, { headers: admin, ...ok })
      expect(exec.status).toBe(400)
      expect(exec.data.message).toContain("legal hold")
      setClock(container, new Date(Date.now() + 25 * 3600 * 1000))
      const r = await run()
      expect(r.counts).toEqual(expect.objectContaining({ erasure_request: 0, held: 1 }))
      expect(await customerExists(s.id)).toBe(true)
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createLot } from "../../helpers/auctions"
import { seedShop, SeededShop } from "../../helpers/shop"
import { createAdmin, monthsFromNow, personaFor, registerPersona, setClock } from "../../helpers/privacy"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: { authorization: string }
    let adminActor: string
    const ok = { validateStatus: () => true }

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await createAdmin(api, getContainer())
      adminActor = `user:${(await api.get("/admin/users/me", { headers: admin })).data.user.id}`
    })
    afterEach(() => setClock(getContainer(), null))

    const privacy = () => getContainer().resolve("privacy") as any
    const run = async () => (await api.post("/admin/privacy/retention-runs", { dry_run: false }, { headers: admin })).data.retention_run
    const customerExists = async (id: string) =>
      (
        await getContainer()
          .resolve(Modules.CUSTOMER)
          .listCustomers({ id }, { select: ["id"] })
      ).length === 1
    const shopper = async (tag: string) => {
      const p = personaFor(tag)
      const c = await registerPersona(api, shop, p)
      return { p, c, id: c.customer.id as string }
    }

    describe("failed subjects", () => {
      /**
       * A real storage failure: PostgreSQL refuses to delete or change the listed customers, with a
       * message that quotes the customer's e-mail (the run must not repeat it).
       */
      const refuseChangesTo = async (customerId: string) => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        await knex.raw("create table if not exists privacy_test_refused (id text primary key)")
        await knex.raw("insert into privacy_test_refused (id) values (?)", [customerId])
        await knex.raw(`create or replace function privacy_test_refuse() returns trigger language plpgsql as $$
          begin
            if exists (select 1 from privacy_test_refused r where r.id = old.id) then
              raise exception 'simulated storage failure for %', old.email;
            end if;
            return case when tg_op = 'DELETE' then old else new end;
          end $$`)
        await knex.raw("drop trigger if exists privacy_test_refuse on customer")
        await knex.raw("create trigger privacy_test_refuse before delete or update on customer for each row execute function privacy_test_refuse()")
        return async () => {
          await knex.raw("drop trigger if exists privacy_test_refuse on customer")
          await knex.raw("drop table if exists privacy_test_refused")
        }
      }

      it("should report a failed erasure once, list it, and erase the subject on the run after an admin clears it", async () => {
        const failing = await shopper("failing")
        const fine = await shopper("fine")
        const allow = await refuseChangesTo(failing.id)
        let first: any
        try {
          // Warned first (P10), erased after the full grace.
          setClock(getContainer(), monthsFromNow(11))
          expect((await run()).counts.warned).toBe(2)
          setClock(getContainer(), new Date(monthsFromNow(11).getTime() + 31 * 86_400_000))
          first = await run()
          expect(first.counts).toEqual(expect.objectContaining({ failed: 1, consumer_no_orders: 1 }))
          expect(first.failures.items).toEqual([expect.objectContaining({ customer_id: failing.id, rule: "consumer_no_orders" })])
          expect(await customerExists(fine.id)).toBe(false)
          expect(await customerExists(failing.id)).toBe(true)

          const { data } = await api.get("/admin/privacy/failed-subjects", { headers: admin })
          expect(data).toEqual(expect.objectContaining({ count: 1, offset: 0, limit: 50 }))
          expect(data.failed_subjects).toEqual([
            expect.objectContaining({ customer_id: failing.id, customer_exists: true, run_id: first.id, rule: "consumer_no_orders" }),
          ])
          expect(data.failed_subjects[0].message).toContain("simulated storage failure")
          expect(JSON.stringify(data)).not.toContain(failing.p.email)

          // Reported once, never retried on its own.
          const second = await run()
          expect(second.counts.failed).toBe(0)
          expect(second.failures.items).toEqual([])
          expect((await api.get("/admin/privacy/failed-subjects", { headers: admin })).data.count).toBe(1)
        } finally {
          await allow()
        }

        const cleared = await api.post(`/admin/privacy/failed-subjects/${failing.id}/clear`, {}, { headers: admin })
        expect(cleared.data.failed_subject).toEqual(expect.objectContaining({ customer_id: failing.id, run_id: first.id, failed_at: null }))
        const again = await api.post(`/admin/privacy/failed-subjects/${failing.id}/clear`, {}, { headers: admin, ...ok })
        expect(again.status).toBe(404)
        expect(again.data.message).toContain(failing.id)
        expect((await api.get("/admin/privacy/failed-subjects", { headers: admin })).data).toEqual(expect.objectContaining({ failed_subjects: [], count: 0 }))
        const logs = await privacy().listAuditLogs({ rule: "erasure_failure_cleared" })
        expect(logs).toEqual([expect.objectContaining({ actor: adminActor, run_id: first.id, counts: { subjects: 1 } })])
        expect(logs[0].subject_ref).toMatch(/^pclk_/)
        expect(JSON.stringify(logs)).not.toContain(failing.p.email)

        const third = await run()
        expect(third.counts).toEqual(expect.objectContaining({ failed: 0, consumer_no_orders: 1 }))
        expect(await customerExists(failing.id)).toBe(false)
      })

      it("should answer 404 for a customer without a recorded failure and 400 for a bad page", async () => {
        const s = await shopper("nofail")
        const res = await api.post(`/admin/privacy/failed-subjects/${s.id}/clear`, {}, { headers: admin, ...ok })
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(`No failed erasure is recorded for customer ${s.id}`)
        const bad = await api.get("/admin/privacy/failed-subjects?limit=0", { headers: admin, ...ok })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("limit")
        expect((await api.get("/admin/privacy/failed-subjects", ok)).status).toBe(401)
      })
    })

    describe("legal holds", () => {
      it("should validate a hold: a customer id that exists and a reason", async () => {
        const s = await shopper("holdval")
        const cases: [Record<string, unknown>, number, string][] = [
          [{ customer_id: "cus_doesnotexist", reason: "Lopend geschil" }, 404, "Customer cus_doesnotexist was not found"],
          [{ customer_id: "jan@example.nl", reason: "Lopend geschil" }, 400, "customer_id"],
          [{ customer_id: s.id, reason: "  " }, 400, "reason"],
          [{ customer_id: s.id, reason: "Lopend geschil", extra: true }, 400, "extra"],
        ]
        for (const [body, status, message] of cases) {
          const res = await api.post("/admin/privacy/legal-holds", body, { headers: admin, ...ok })
          expect([res.status, res.data.message]).toEqual([status, expect.stringContaining(message)])
        }
        expect(await privacy().listLegalHolds({})).toEqual([])
        expect(await privacy().listAuditLogs({ rule: "legal_hold_set" })).toEqual([])
      })

      it("should place and release a hold with the admin as actor, filter by status, and release once", async () => {
        const s = await shopper("holdflow")
        const { data, status } = await api.post(
          "/admin/privacy/legal-holds",
          { customer_id: s.id, reason: "Open betalingsgeschil", reference: "dispute-7" },
          { headers: admin }
        )
        expect(status).toBe(201)
        const hold = data.legal_hold
        expect(hold).toEqual(expect.objectContaining({ customer_id: s.id, reason: "Open betalingsgeschil", created_by: adminActor, released_at: null }))
        const active = (await api.get("/admin/privacy/legal-holds?status=active", { headers: admin })).data
        expect(active.legal_holds.map((h: any) => h.id)).toEqual([hold.id])
        expect((await api.get("/admin/privacy/legal-holds?status=released", { headers: admin })).data.count).toBe(0)
        expect((await api.get("/admin/privacy/legal-holds?status=open", { headers: admin, ...ok })).status).toBe(400)

        const releases = await Promise.all([1, 2].map(() => api.post(`/admin/privacy/legal-holds/${hold.id}/release`, {}, { headers: admin, ...ok })))
        expect(releases.map((r) => r.status).sort()).toEqual([200, 400])
        const released = releases.find((r) => r.status === 200)!.data.legal_hold
        expect(released).toEqual(expect.objectContaining({ id: hold.id, released_by: adminActor, released_at: expect.any(String) }))
        expect(releases.find((r) => r.status === 400)!.data.message).toBe(`Legal hold ${hold.id} is already released`)
        expect((await api.get("/admin/privacy/legal-holds?status=released", { headers: admin })).data.legal_holds.map((h: any) => h.id)).toEqual([hold.id])
        expect((await api.post("/admin/privacy/legal-holds/lhold_nope/release", {}, { headers: admin, ...ok })).status).toBe(404)

        const logs = await privacy().listAuditLogs({ rule: ["legal_hold_set", "legal_hold_released"] }, { order: { occurred_at: "ASC" } })
        expect(logs.map((l: any) => [l.rule, l.actor, l.subject_ref])).toEqual([
          ["legal_hold_set", adminActor, hold.id],
          ["legal_hold_released", adminActor, hold.id],
        ])
        expect(JSON.stringify(logs)).not.toContain(s.id)
      })

      it("should hold a subject with an unpaid auction win: shown as held in the preview and not erased by a run", async () => {
        const winner = await shopper("auctionwin")
        const other = await shopper("auctionnone")
        const lot = await createLot(api, admin, shop, { buy_now_price: 250 })
        const bought = await api.post(`/store/auctions/${lot.id}/buy-now`, {}, { headers: winner.c.headers })
        expect(bought.data.auction).toEqual(expect.objectContaining({ result: "won" }))
        const { data: adminLot } = await api.get(`/admin/auctions/${lot.id}`, { headers: admin })
        expect(adminLot.auction).toEqual(expect.objectContaining({ winner_customer_id: winner.id, payment_status: "awaiting" }))
        const { data: registry } = await api.get("/admin/privacy/registry", { headers: admin })
        expect(registry.providers.find((p: any) => p.module === "auction")).toEqual(expect.objectContaining({ has_legal_holds: true }))

        setClock(getContainer(), monthsFromNow(11))
        const { data } = await api.get("/admin/privacy/retention/preview", { headers: admin })
        const state = Object.fromEntries(data.preview.subjects.map((s: any) => [s.customer_id, s.held]))
        expect(state).toEqual({ [winner.id]: true, [other.id]: false })
        expect(data.preview.counts).toEqual(expect.objectContaining({ held: 1, consumer_no_orders: 1 }))
        // No manual hold is involved: the hold comes from the auction module.
        expect(await privacy().listLegalHolds({ customer_id: winner.id })).toEqual([])

        expect((await run()).counts).toEqual(expect.objectContaining({ held: 1, warned: 1, consumer_no_orders: 0 }))
        setClock(getContainer(), new Date(monthsFromNow(11).getTime() + 31 * 86_400_000))
        const r = await run()
        expect(r.counts).toEqual(expect.objectContaining({ held: 1, consumer_no_orders: 1, failed: 0 }))
        expect(await customerExists(winner.id)).toBe(true)
        expect(await customerExists(other.id)).toBe(false)
        expect((await api.get(`/admin/auctions/${lot.id}`, { headers: admin })).data.auction.winner_customer_id).toBe(winner.id)
      })
    })

    describe("customer page", () => {
      it("should tell when retention erases a customer, or why not (a hold, from any module), with the open requests", async () => {
        const s = await shopper("custpage")
        const before = (await api.get(`/admin/privacy/customers/${s.id}`, { headers: admin })).data.customer_privacy
        expect(before.retention).toEqual(
          expect.objectContaining({ rule: "consumer_no_orders", months: 10, state: "scheduled", warned_at: null, failed_at: null })
        )
        // The clock ends 10 months after registration; not yet warned, so never before the warning's grace.
        expect(new Date(before.retention.due_at).getTime()).toBeGreaterThan(monthsFromNow(9).getTime())
        expect(new Date(before.retention.erase_on).getTime()).toBeGreaterThanOrEqual(new Date(before.retention.due_at).getTime())
        expect(before).toEqual(expect.objectContaining({ holds: [], legal_holds: [], open_requests: [], erasure_cooling_off_hours: expect.any(Number) }))

        const { data: placed } = await api.post("/admin/privacy/legal-holds", { customer_id: s.id, reason: "Garantieclaim" }, { headers: admin })
        await api.post("/admin/privacy/requests", { type: "access", channel: "email", customer_id: s.id }, { headers: admin })
        const after = (await api.get(`/admin/privacy/customers/${s.id}`, { headers: admin })).data.customer_privacy
        expect(after.retention.state).toBe("held")
        expect(after.holds).toEqual([{ module: "privacy", reason: "Garantieclaim", reference: placed.legal_hold.id }])
        expect(after.legal_holds).toEqual([expect.objectContaining({ id: placed.legal_hold.id, created_by: adminActor })])
        expect(after.open_requests).toEqual([expect.objectContaining({ type: "access", status: "received", channel: "email" })])
        expect(JSON.stringify(after)).not.toContain(s.p.email)

        const missing = await api.get("/admin/privacy/customers/cus_01NOBODY", { headers: admin, ...ok })
        expect([missing.status, missing.data.message]).toEqual([404, "Customer cus_01NOBODY was not found"])
      })

      it("should page the retention preview soonest first, with ids only", async () => {
        const subjects = [await shopper("pagea"), await shopper("pageb"), await shopper("pagec")]
        setClock(getContainer(), monthsFromNow(11))
        const first = (await api.get("/admin/privacy/retention/preview?limit=2", { headers: admin })).data.preview
        const second = (await api.get("/admin/privacy/retention/preview?limit=2&offset=2", { headers: admin })).data.preview
        expect([first.subjects_count, first.limit, first.offset, first.subjects.length, second.subjects.length]).toEqual([3, 2, 0, 2, 1])
        const listed = [...first.subjects, ...second.subjects]
        expect(listed.map((x: any) => x.customer_id).sort()).toEqual(subjects.map((x) => x.id).sort())
        expect(listed.map((x: any) => x.due_at)).toEqual([...listed.map((x: any) => x.due_at)].sort())
        expect(JSON.stringify([first, second])).not.toContain(subjects[0].p.email)
        const bad = await api.get("/admin/privacy/retention/preview?limit=0", { headers: admin, ...ok })
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("limit")])
      })
    })

    describe("processor register", () => {
      it("should edit a processor, validating the change, and answer 404 for an unknown one", async () => {
        const { data } = await api.post(
          "/admin/privacy/processors",
          { name: "PostNL", purpose: "Bezorging", data_categories: ["naam", "adres"], location: "NL" },
          { headers: admin }
        )
        const id = data.processor.id
        const { data: edited } = await api.post(
          `/admin/privacy/processors/${id}`,
          { purpose: "Bezorging en retouren", data_categories: ["naam", "adres", "telefoon"], active: false },
          { headers: admin }
        )
        expect(edited.processor).toEqual(
          expect.objectContaining({ id, name: "PostNL", purpose: "Bezorging en retouren", data_categories: ["naam", "adres", "telefoon"], active: false })
        )
        const { data: list } = await api.get("/admin/privacy/processors", { headers: admin })
        expect(list.processors).toEqual([expect.objectContaining({ id, purpose: "Bezorging en retouren", active: false })])
        const bad = await api.post(`/admin/privacy/processors/${id}`, { data_categories: [] }, { headers: admin, ...ok })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("data_categories")
        expect((await api.post("/admin/privacy/processors/proc_nope", { name: "X" }, { headers: admin, ...ok })).status).toBe(404)
      })
    })

    describe("data-subject requests", () => {
      it("should change a request's status with the admin as handler, close it, and keep it closed", async () => {
        const { data } = await api.post(
          "/admin/privacy/requests",
          { type: "access", channel: "email", subject_email: "brief@example.nl", note: "Per e-mail ontvangen" },
          { headers: admin }
        )
        const id = data.data_subject_request.id
        const { data: progress } = await api.post(`/admin/privacy/requests/${id}`, { status: "in_progress" }, { headers: admin })
        expect(progress.data_subject_request).toEqual(expect.objectContaining({ status: "in_progress", handled_by: adminActor, completed_at: null }))
        const { data: done } = await api.post(`/admin/privacy/requests/${id}`, { status: "completed", note: "Export verstuurd" }, { headers: admin })
        expect(done.data_subject_request).toEqual(
          expect.objectContaining({ status: "completed", subject_email: null, note: "Export verstuurd", completed_at: expect.any(String) })
        )
        const reopen = await api.post(`/admin/privacy/requests/${id}`, { status: "in_progress" }, { headers: admin, ...ok })
        expect(reopen.status).toBe(400)
        expect(reopen.data.message).toContain("is completed")
        const bad = await api.post(`/admin/privacy/requests/${id}`, { status: "done" }, { headers: admin, ...ok })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("status")
      })

      it("should refuse to mark an erasure request completed without executing it", async () => {
        const s = await shopper("dsrerase")
        const { data } = await api.post("/admin/privacy/requests", { type: "erasure", channel: "letter", customer_id: s.id }, { headers: admin })
        const id = data.data_subject_request.id
        const res = await api.post(`/admin/privacy/requests/${id}`, { status: "completed" }, { headers: admin, ...ok })
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(`/admin/privacy/requests/${id}/execute`)
        const rejected = await api.post(`/admin/privacy/requests/${id}`, { status: "rejected", note: "Identiteit niet vastgesteld" }, { headers: admin })
        expect(rejected.data.data_subject_request.status).toBe("rejected")
        expect(await customerExists(s.id)).toBe(true)
      })
    })

    describe("admin lists", () => {
      it("should validate paging and order of every list as Medusa's own lists do, naming the field", async () => {
        const lists = ["requests", "processors", "policy-texts", "legal-holds", "failed-subjects", "retention-runs", "audit-logs"]
        for (const list of lists) {
          for (const [query, field] of [
            ["limit=abc", "limit"],
            ["limit=-1", "limit"],
            ["offset=-1", "offset"],
            ["offset=1.5", "offset"],
            ["limit=100000", "limit"],
            ["order=secret", "order"],
          ]) {
            const res = await api.get(`/admin/privacy/${list}?${query}`, { headers: admin, ...ok })
            expect([list, query, res.status]).toEqual([list, query, 400])
            expect(res.data.message).toContain(field)
          }
          const good = await api.get(`/admin/privacy/${list}?limit=1&offset=0`, { headers: admin, ...ok })
          expect([list, good.status, good.data.limit, good.data.offset]).toEqual([list, 200, 1, 0])
        }
        const preview = await api.get("/admin/privacy/retention/preview?days=abc", { headers: admin, ...ok })
        expect(preview.status).toBe(400)
        expect(preview.data.message).toContain("days")
        // Paging and order work.
        for (const name of ["B-processor", "A-processor", "C-processor"]) {
          await api.post("/admin/privacy/processors", { name, purpose: "Test", data_categories: ["e-mail"], location: "NL" }, { headers: admin })
        }
        const page = (await api.get("/admin/privacy/processors?limit=2&offset=1&order=-name", { headers: admin })).data
        expect(page.processors.map((p: any) => p.name)).toEqual(["B-processor", "A-processor"])
        expect(page.count).toBe(3)
      })
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdmin, personaFor, placeOrder, registerPersona } from "../../helpers/privacy"
import { CONTEST, contestBody, enter, publishedContest, runMaintenance, runVerifier, setContestClock } from "../../helpers/contests"
import { registerCustomer, seedShop, SeededShop } from "../../helpers/shop"
import { useSmtpFixture } from "../../helpers/smtp-fixture"

jest.setTimeout(300_000)
process.env.CONTESTS_ENTRY_RATE_IP = "5000"

const { createStep, createWorkflow, WorkflowResponse } = require("@medusajs/framework/workflows-sdk") as typeof import("@medusajs/framework/workflows-sdk")
const { expireClaimsStep } =
  require("@softshop/medusa-contests/workflows/contests/steps/expire-claims") as typeof import("../../../plugins/contests/src/workflows/contests/steps/expire-claims")

/** A later step that fails, so the expiry before it must compensate. */
const failLaterStep = createStep("test-contests-fail-later", async () => {
  throw new Error("a later step failed")
})
const expireThenFail = createWorkflow("test-contests-expire-then-fail", (input: { limit: number }) => {
  expireClaimsStep(input)
  failLaterStep()
  return new WorkflowResponse(undefined)
})

const smtp = useSmtpFixture()
const DAY = 86400_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: Record<string, string>
    type Customer = Awaited<ReturnType<typeof registerCustomer>>
    let customers: Customer[]
    const service = () => getContainer().resolve(CONTEST) as any
    const adminContest = async (id: string) => (await api.get(`/admin/contests/${id}`, { headers: admin })).data
    const winnersOf = async (id: string) => (await api.get(`/store/contests/${id}/winners`, { headers: shop.headers })).data
    const draw = (id: string) => api.post(`/admin/contests/${id}/draw`, {}, { headers: admin, validateStatus: () => true })
    /** A published contest with the first n customers entered, its end passed on the module clock. */
    const endedWith = async (n: number, over: Record<string, unknown> = {}, body: (i: number) => Record<string, unknown> = () => ({})) => {
      const c = await publishedContest(api, admin, shop.headers, over)
      for (let i = 0; i < n; i++) expect((await enter(api, c.id, customers[i].headers, { terms_version: c.terms_version, ...body(i) })).status).toBe(201)
      setContestClock(getContainer(), 3601_000)
      return c
    }

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await createAdmin(api, getContainer(), "contest-admin@softshop.test")
      customers = []
      for (let i = 0; i < 50; i++) customers.push(await registerCustomer(api, shop, { first_name: `Deelnemer${i}` }))
    })
    beforeEach(() => setContestClock(getContainer(), 0))

    it("should accept exactly one entry per customer when 50 customers send 100 entries at once", async () => {
      const c = await publishedContest(api, admin, shop.headers)
      const results = await Promise.all(customers.flatMap((cu) => [0, 1].map(() => enter(api, c.id, cu.headers, { terms_version: c.terms_version }))))
      const statuses = results.map((r) => r.status)
      expect(statuses.filter((s) => s === 201)).toHaveLength(50)
      expect(statuses.filter((s) => s === 409)).toHaveLength(50)
      expect(results.find((r) => r.status === 409)!.data.message).toContain(`already entered contest ${c.id}`)
      expect((await adminContest(c.id)).entries_count).toBe(50)
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      const { rows } = await knex.raw("select count(distinct customer_id)::int as n, count(*)::int as total from contest_entry where contest_id = ?", [c.id])
      expect(rows[0]).toEqual({ n: 50, total: 50 })
      // Entering twice later is a 409 too.
      expect((await enter(api, c.id, customers[0].headers, { terms_version: c.terms_version })).status).toBe(409)
    })

    it("should record the terms version consented to, and refuse an entry on an outdated version", async () => {
      const c = await publishedContest(api, admin, shop.headers)
      expect(c.terms).toEqual(expect.objectContaining({ version: 1, template_version: "softshop-terms-v1" }))
      expect(c.terms.body_nl).toContain("Kansspelbelasting")
      const first = await enter(api, c.id, customers[0].headers, { terms_version: 1, newsletter_opt_in: true })
      expect(first.status).toBe(201)
      expect(first.data.entry).toEqual(
        expect.objectContaining({ terms_version: 1, terms_hash: c.terms.body_hash, newsletter_opt_in_requested: true, publicity: "none" })
      )
      expect(first.data.newsletter_opt_in).toEqual({ requested: true, next: "POST /store/newsletter-subscriptions" })
      // The organiser changes the complaints address: a new terms version.
      const { data: updated } = await api.post(
        `/admin/contests/${c.id}`,
        contestBody({ title: c.title, starts_at: c.starts_at, ends_at: c.ends_at, complaints_contact: "geschillen@softshop.nl" }),
        { headers: admin }
      )
      expect(updated.contest.terms_version).toBe(2)
      const stale = await enter(api, c.id, customers[1].headers, { terms_version: 1 })
      expect(stale.status).toBe(409)
      expect(stale.data.message).toContain("terms_version 1 is not the current version (2)")
      const second = await enter(api, c.id, customers[1].headers, { terms_version: 2 })
      expect(second.data.entry.terms_version).toBe(2)
      const { data: own } = await api.get(`/store/contests/${c.id}/entries/me`, { headers: customers[0].headers })
      expect(own.entry).toEqual(expect.objectContaining({ id: first.data.entry.id, terms_version: 1 }))
      // Another customer's entry is a 404, exactly like an unknown one.
      const foreign = await api.get(`/store/contest-entries/${first.data.entry.id}`, { headers: customers[1].headers, validateStatus: () => true })
      expect(foreign.status).toBe(404)
      expect(JSON.stringify(foreign.data)).not.toContain(customers[0].customer.id)
      expect((await api.get(`/store/contest-entries/${first.data.entry.id}`, { headers: customers[0].headers })).data.entry.id).toBe(first.data.entry.id)
      expect((await api.get(`/store/contests/${c.id}/entries/me`, { headers: customers[2].headers, validateStatus: () => true })).status).toBe(404)
    })

    it("should close entries exactly at the end by the server clock, and refuse bad input naming the field", async () => {
      const c = await publishedContest(api, admin, shop.headers, { skill_question: "Hoeveel inch is de monitor?", skill_correct_answer: "27" })
      const cases: [Record<string, unknown>, string][] = [
        [{ terms_version: c.terms_version, accept_terms: false, skill_answer: "27" }, "accept_terms"],
        [{ terms_version: "1", skill_answer: "27" }, "terms_version"],
        [{ terms_version: c.terms_version }, "skill_answer"],
        [{ terms_version: c.terms_version, skill_answer: "27", extra: 1 }, "extra"],
        [{ terms_version: c.terms_version, skill_answer: "27\u0000" }, "skill_answer"],
        [{ terms_version: c.terms_version, skill_answer: "x".repeat(1000) }, "skill_answer"],
        [{ terms_version: c.terms_version, skill_answer: "27", publicity: "first_name_town" }, "town"],
        [{ terms_version: 1e308, skill_answer: "27" }, "terms_version"],
        [{ terms_version: c.terms_version, skill_answer: "27", newsletter_opt_in: "yes" }, "newsletter_opt_in"],
        [{ terms_version: c.terms_version, skill_answer: "27", age_confirmation: undefined }, "age_confirmation"],
        [{ terms_version: c.terms_version, skill_answer: "27", age_confirmation: "minor_with_parental_consent" }, "age_confirmation"],
      ]
      for (const [body, field] of cases) {
        const r = await enter(api, c.id, customers[40].headers, body)
        expect([r.status, field]).toEqual([400, field])
        expect(r.data.message).toContain(field)
      }
      expect((await enter(api, "cnt_unknown", customers[40].headers, { terms_version: 1 })).status).toBe(404)
      expect(
        (await api.post(`/store/contests/${c.id}/entries`, { terms_version: 1, accept_terms: true }, { headers: shop.headers, validateStatus: () => true }))
          .status
      ).toBe(401)
      const endsAt = new Date(c.ends_at).getTime()
      setContestClock(getContainer(), endsAt - Date.now() - 10_000)
      expect((await enter(api, c.id, customers[41].headers, { terms_version: c.terms_version, skill_answer: " 27 " })).status).toBe(201)
      setContestClock(getContainer(), endsAt - Date.now())
      const late = await enter(api, c.id, customers[42].headers, { terms_version: c.terms_version, skill_answer: "27" })
      expect(late.status).toBe(400)
      expect(late.data.message).toContain("has ended")
    })

    it("should commit to the seed on publish, draw once under two concurrent requests, and let the verifier reproduce it", async () => {
      const c = await publishedContest(api, admin, shop.headers)
      expect(c.seed_commitment).toMatch(/^[0-9a-f]{64}$/)
      const before = await winnersOf(c.id)
      expect(before.verification.drawings).toEqual([expect.objectContaining({ round: 1, status: "committed", seed: null, seed_commitment: c.seed_commitment })])
      for (let i = 0; i < 10; i++) await enter(api, c.id, customers[i].headers, { terms_version: c.terms_version })
      const early = await draw(c.id)
      expect(early.status).toBe(400)
      expect(early.data.message).toContain("has not ended")
      setContestClock(getContainer(), 3601_000)
      const [a, b] = await Promise.all([draw(c.id), draw(c.id)])
      expect([a.status, b.status].sort()).toEqual([200, 409])
      const drawn = a.status === 200 ? a.data : b.data
      expect(drawn.drawing.winners).toHaveLength(3)
      expect(new Set(drawn.drawing.winners.map((w: any) => w.customer_id)).size).toBe(3)
      expect((await draw(c.id)).status).toBe(409)
      const { data: detail } = await api.get(`/admin/contests/${c.id}`, { headers: admin })
      expect(detail.winners).toHaveLength(3)
      const after = await winnersOf(c.id)
      const round1 = after.verification.drawings.find((d: any) => d.round === 1)
      expect(round1).toEqual(expect.objectContaining({ status: "drawn", seed_commitment: c.seed_commitment, winners_requested: 3 }))
      expect(round1.snapshot_entry_ids).toHaveLength(10)
      // The next round's seed is already committed, its seed still secret.
      expect(after.verification.drawings.find((d: any) => d.round === 2)).toEqual(expect.objectContaining({ status: "committed", seed: null }))
      const verified = runVerifier(after)
      expect(verified.code).toBe(0)
      expect(verified.result.rounds[0].winners).toEqual(after.winners.map((w: any) => w.entry_id))
      expect(verified.out).toContain("draw verified")
      // A changed result is caught.
      const forged = JSON.parse(JSON.stringify(after))
      forged.verification.drawings[0].winner_entry_ids.reverse()
      expect(runVerifier(forged).code).toBe(1)
      // The winners were mailed a claim link, through the notification module and SMTP.
      await smtp.waitFor(3, 30_000)
      const mails = smtp.messages.filter((m) => m.subject.includes(c.title))
      expect(mails).toHaveLength(3)
      expect(mails[0].text).toMatch(/\/contests\/claim\?token=cwin_/)
    })

    it("should redraw an expired claim in a second recorded drawing that excludes earlier winners and keeps the first", async () => {
      const c = await endedWith(8, {}, (i) => (i < 4 ? { publicity: "first_name_town", town: `Plaats${i}` } : { publicity: i < 6 ? "first_name" : "none" }))
      smtp.clear()
      expect((await draw(c.id)).status).toBe(200)
      await smtp.waitFor(3, 30_000)
      const token = (m: any) => decodeURIComponent(/token=([^\s"&<]+)/.exec(m.text)![1])
      const mails = smtp.messages.filter((m) => m.subject.includes(c.title))
      const { data: claimView } = await api.get(`/contests/claim?token=${encodeURIComponent(token(mails[0]))}`)
      expect(claimView.claim.claim_status).toBe("pending")
      const claimed = await api.post("/contests/claim", { token: token(mails[0]) })
      expect(claimed.data.claim.claim_status).toBe("claimed")
      expect((await api.post("/contests/claim", { token: token(mails[0]) }, { validateStatus: () => true })).status).toBe(409)
      expect((await api.post("/contests/claim", { token: token(mails[0]).slice(0, -2) + "xx" }, { validateStatus: () => true })).status).toBe(400)
      const first = await winnersOf(c.id)
      // Past the 14-day deadline the two open claims expire and are redrawn by the maintenance job.
      setContestClock(getContainer(), 3601_000 + 15 * DAY)
      expect((await api.post("/contests/claim", { token: token(mails[1]) }, { validateStatus: () => true })).status).toBe(400)
      const pass = await runMaintenance(getContainer())
      expect(pass).toEqual(expect.objectContaining({ expired: 2, redrawn: 1 }))
      const after = await winnersOf(c.id)
      const r1 = after.verification.drawings.find((d: any) => d.round === 1)
      const r2 = after.verification.drawings.find((d: any) => d.round === 2)
      expect(r1).toEqual(first.verification.drawings.find((d: any) => d.round === 1))
      expect(r2.status).toBe("drawn")
      expect(r2.seed_commitment).toBe(first.verification.drawings.find((d: any) => d.round === 2).seed_commitment)
      expect(r2.winners_requested).toBe(2)
      expect(r2.excluded_entry_ids.sort()).toEqual([...r1.winner_entry_ids].sort())
      for (const w of r1.winner_entry_ids) expect(r2.snapshot_entry_ids).not.toContain(w)
      expect(
        after.winners
          .filter((w: any) => w.round === 1)
          .map((w: any) => w.claim_status)
          .sort()
      ).toEqual(["claimed", "expired", "expired"])
      expect(after.winners.filter((w: any) => w.round === 2)).toHaveLength(2)
      expect(after.winners.filter((w: any) => w.replaced_by_round === 2)).toHaveLength(2)
      const verified = runVerifier(after)
      expect(verified.code).toBe(0)
      expect(verified.result.rounds.map((r: any) => r.round)).toEqual([1, 2])
      // Nothing left to redraw: an admin redraw is refused.
      expect((await api.post(`/admin/contests/${c.id}/redraw`, {}, { headers: admin, validateStatus: () => true })).status).toBe(409)
    })

    it("should announce only what each winner agreed to show", async () => {
      const c = await endedWith(
        3,
        { prizes: [{ name: "Monitor", value: 349, quantity: 3 }] },
        (i) => [{ publicity: "first_name_town", town: "Utrecht" }, { publicity: "first_name" }, { publicity: "none" }][i]
      )
      expect((await draw(c.id)).status).toBe(200)
      const { winners } = await winnersOf(c.id)
      expect(winners).toHaveLength(3)
      const byEntry = new Map<string, any>()
      for (let i = 0; i < 3; i++) {
        const { data } = await api.get(`/store/contests/${c.id}/entries/me`, { headers: customers[i].headers })
        byEntry.set(
          data.entry.id,
          winners.find((w: any) => w.entry_id === data.entry.id)
        )
      }
      const shown = [...byEntry.values()].map((w) => w.shown)
      expect(shown).toEqual([{ first_name: "Deelnemer0", town: "Utrecht" }, { first_name: "Deelnemer1" }, null])
      const text = JSON.stringify(winners)
      for (const cu of customers.slice(0, 3)) {
        expect(text).not.toContain(cu.customer.id)
        expect(text).not.toContain(cu.email)
      }
      expect(text).not.toContain("Jansen")
    })

    it("should delete non-winning entries N days after the final draw and keep the response report as aggregates", async () => {
      const c = await endedWith(6, { prizes: [{ name: "Monitor", value: 349, quantity: 1 }], winner_count: 1 }, (i) => ({ newsletter_opt_in: i % 2 === 0 }))
      expect((await draw(c.id)).status).toBe(200)
      const { winners } = await winnersOf(c.id)
      // The claim is open: nothing is deleted even after the retention window.
      setContestClock(getContainer(), 3601_000 + 31 * DAY)
      // (the claim expired at day 14 and was redrawn in this pass; the new claim is open)
      await runMaintenance(getContainer())
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      const count = async () => (await knex.raw("select count(*)::int as n from contest_entry where contest_id = ?", [c.id])).rows[0].n
      expect(await count()).toBe(6)
      await service().updateContestWinners({
        id: (await service().listContestWinners({ contest_id: c.id, claim_status: "pending" }))[0].id,
        claim_status: "claimed",
      })
      setContestClock(getContainer(), 3601_000 + 31 * DAY + 29 * DAY)
      expect((await runMaintenance(getContainer())).entries_deleted).toBe(0)
      setContestClock(getContainer(), 3601_000 + 31 * DAY + 31 * DAY)
      expect((await runMaintenance(getContainer())).entries_deleted).toBe(4)
      expect(await count()).toBe(2)
      expect((await runMaintenance(getContainer())).entries_deleted).toBe(0)
      // The draw stays verifiable: the snapshot keeps only opaque entry ids.
      expect(runVerifier(await winnersOf(c.id)).code).toBe(0)
      const { data } = await api.get(`/admin/contests/${c.id}/report`, { headers: admin })
      expect(data.report).toEqual(expect.objectContaining({ entries_total: 6, unique_entrants: 6, newsletter_opt_ins_requested: 3, frozen: true }))
      expect(winners[0].entry_id).toMatch(/^cent_/)
    })

    it("should report entries over time, unique entrants, opt-ins requested and entrants' orders without personal data", async () => {
      const persona = personaFor("contestorder")
      const buyer = await registerPersona(api, shop, persona)
      const c = await publishedContest(api, admin, shop.headers)
      await enter(api, c.id, buyer.headers, { terms_version: 1, newsletter_opt_in: true })
      await enter(api, c.id, customers[20].headers, { terms_version: 1 })
      await enter(api, c.id, customers[21].headers, { terms_version: 1, newsletter_opt_in: true })
      await placeOrder(api, shop, buyer.headers, persona)
      const { data } = await api.get(`/admin/contests/${c.id}/report?order_window_days=7`, { headers: admin })
      expect(data.report).toEqual(
        expect.objectContaining({
          entries_total: 3,
          unique_entrants: 3,
          newsletter_opt_ins_requested: 2,
          order_window_days: 7,
          orders_within_window: 1,
          entrants_with_orders: 1,
          frozen: false,
        })
      )
      expect(data.report.entries_by_day).toEqual([{ date: new Date().toISOString().slice(0, 10), count: 3 }])
      const text = JSON.stringify(data)
      expect(text).not.toMatch(/cus_|cent_|@|Deelnemer|Voornaam/)
      expect((await api.get(`/admin/contests/${c.id}/report?order_window_days=abc`, { headers: admin, validateStatus: () => true })).data.message).toContain(
        "order_window_days"
      )
    })

    it("should refuse a contest that breaks a code limit and name the rule", async () => {
      const over = await api.post("/admin/contests", contestBody({ prizes: [{ name: "Auto", value: 60_000, quantity: 2 }], winner_count: 2 }), {
        headers: admin,
        validateStatus: () => true,
      })
      expect(over.status).toBe(400)
      expect(over.data.message).toContain('rule "prize_value_cap"')
      const { data: products } = await api.get("/admin/products?limit=1", { headers: admin })
      const big = { prizes: [{ name: "Gaming-pc", value: 5000, quantity: 1 }], winner_count: 1, product_ids: [products.products[0].id] }
      expect((await api.post("/admin/contests", contestBody(big), { headers: admin })).status).toBe(201)
      const second = await api.post("/admin/contests", contestBody(big), { headers: admin, validateStatus: () => true })
      expect(second.status).toBe(400)
      expect(second.data.message).toContain('rule "one_game_per_year_per_product"')
      const { data: checks } = await api.post("/admin/contest-checks", contestBody({ ...big, entry_cost: 1 }), { headers: admin })
      expect(checks.checks.filter((c: any) => !c.ok).map((c: any) => c.rule)).toEqual(["free_entry", "one_game_per_year_per_product"])
      expect(checks.terms.body_nl).toContain("Gedragscode Promotionele Kansspelen")
      const bad = await api.post(
        "/admin/contests",
        { ...contestBody(), prizes: [{ name: "X", value: -1e308, quantity: 1 }] },
        { headers: admin, validateStatus: () => true }
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("prizes")
      const deep = await api.post("/admin/contests", { ...contestBody(), title: { a: { b: { c: {} } } } }, { headers: admin, validateStatus: () => true })
      expect(deep.status).toBe(400)
      expect(deep.data.message).toContain("title")
      expect((await api.get("/admin/contests?limit=0", { headers: admin, validateStatus: () => true })).status).toBe(400)
      // The privacy plugin's hardening layer refuses a NUL byte in the path before any route runs.
      const nul = await api.get(`/admin/contests/cnt_%00`, { headers: admin, validateStatus: () => true })
      expect(nul.status).toBe(400)
      expect(nul.data.message).toContain("NUL")
    })

    it("should rate-limit entries per customer with 429 and Retry-After", async () => {
      const c = await publishedContest(api, admin, shop.headers)
      const [fresh] = [await registerCustomer(api, shop)]
      // A fresh fixed window (half an hour on, still before the end) that no other request used.
      const now = Date.now()
      setContestClock(getContainer(), Math.ceil((now + 1800_000) / 60_000) * 60_000 - now + 1000)
      const results = []
      for (let i = 0; i < 12; i++) results.push(await enter(api, c.id, fresh.headers, { terms_version: 1 }))
      expect(results.map((r) => r.status)).toEqual([201, ...Array(9).fill(409), 429, 429])
      expect(Number(results[11].headers["retry-after"])).toBeGreaterThan(0)
    })

    it("should export entries, consents and claims, hold an open claim, and erase through the privacy registry", async () => {
      const c = await endedWith(3, { prizes: [{ name: "Monitor", value: 349, quantity: 1 }], winner_count: 1 })
      expect((await draw(c.id)).status).toBe(200)
      const [winner] = await service().listContestWinners({ contest_id: c.id })
      const winnerCustomer = customers.slice(0, 3).find((cu) => cu.customer.id === winner.customer_id)!
      const loser = customers.slice(0, 3).find((cu) => cu.customer.id !== winner.customer_id)!
      const { data: registry } = await api.get("/admin/privacy/registry", { headers: admin })
      expect(registry.providers.find((p: any) => p.module === "contest")).toEqual(expect.objectContaining({ has_legal_holds: true }))
      const { data: exported } = await api.get(`/admin/privacy/customers/${winnerCustomer.customer.id}/export`, { headers: admin })
      const mod = exported.export.modules.find((m: any) => m.module === "contest")
      expect(mod.entities.contest_entry).toHaveLength(1)
      expect(mod.entities.contest_consent[0]).toEqual(expect.objectContaining({ terms_version: 1, terms_hash: c.terms.body_hash }))
      expect(mod.entities.contest_winner[0]).toEqual(expect.objectContaining({ claim_status: "pending", prize_name: "Monitor" }))
      expect(await service().getLegalHolds({ customer_id: winnerCustomer.customer.id })).toEqual([
        { module: "contest", reason: "open prize claim", reference: winner.id },
      ])
      expect(
        await service().getLegalHoldsForSubjects([{ customer_id: loser.customer.id }, { customer_id: winnerCustomer.customer.id }, { email: "x@example.nl" }])
      ).toEqual([[], [{ module: "contest", reason: "open prize claim", reference: winner.id }], []])
      // An erasure request executed by the privacy plugin reaches the contest module through its registry.
      const { data: request } = await api.post(
        "/admin/privacy/requests",
        { type: "erasure", channel: "email", customer_id: loser.customer.id },
        { headers: admin }
      )
      await api.post(`/admin/privacy/requests/${request.data_subject_request.id}/execute`, {}, { headers: admin })
      expect(await service().listContestEntries({ contest_id: c.id, customer_id: loser.customer.id })).toEqual([])
      const other = customers.slice(0, 3).find((cu) => cu !== loser && cu !== winnerCustomer)!
      const erased = await service().eraseSubjectsData([{ customer_id: other.customer.id }, { customer_id: winnerCustomer.customer.id }])
      expect(erased).toEqual({ module: "contest", erased: { contest_entry: 1 }, anonymized: { contest_winner: 1 } })
      expect(await service().eraseSubjectData({ customer_id: winnerCustomer.customer.id })).toEqual({
        module: "contest",
        erased: { contest_entry: 0 },
        anonymized: { contest_winner: 0 },
      })
      const after = await service().exportSubjectData({ customer_id: winnerCustomer.customer.id })
      expect(after.entities).toEqual({ contest_entry: [], contest_consent: [], contest_winner: [] })
      // The result stays on record and verifiable, without the person.
      const pub = await winnersOf(c.id)
      expect(pub.winners[0]).toEqual(expect.objectContaining({ prize: "Monitor", shown: null }))
      expect(runVerifier(pub).code).toBe(0)
    })

    it("should make expired claims pending again, exactly as they were, when a later step of the expiry fails", async () => {
      // Customers no earlier test erased.
      const c = await publishedContest(api, admin, shop.headers, { prizes: [{ name: "Monitor", value: 349, quantity: 3 }] })
      for (const cu of customers.slice(40, 43)) expect((await enter(api, c.id, cu.headers, { terms_version: c.terms_version })).status).toBe(201)
      setContestClock(getContainer(), 3601_000)
      expect((await draw(c.id)).status).toBe(200)
      const claims = async () =>
        (await service().listContestWinners({ contest_id: c.id }, { select: ["id", "claim_status", "expired_at", "updated_at"], order: { id: "ASC" } })).map(
          (w: any) => ({ ...w, updated_at: new Date(w.updated_at).toISOString() })
        )
      const before = await claims()
      expect(before.map((w: any) => w.claim_status)).toEqual(["pending", "pending", "pending"])
      setContestClock(getContainer(), 3601_000 + 15 * DAY)

      const { errors } = await expireThenFail(getContainer()).run({ input: { limit: 200 }, throwOnError: false })
      expect(errors).toHaveLength(1)
      expect(await claims()).toEqual(before)

      // The next pass expires them for real (and redraws them).
      expect((await runMaintenance(getContainer())).expired).toBeGreaterThanOrEqual(3)
      expect((await claims()).filter((w: any) => before.some((b: any) => b.id === w.id)).map((w: any) => w.claim_status)).toEqual([
        "expired",
        "expired",
        "expired",
      ])
    })
  },
})

import fs from "fs"
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdmin, personaFor, placeOrder } from "../../helpers/privacy"
import { intakeBody, pdfText, placeBackup, REPAIR, squash, texts, useBackupStores, vaultFiles } from "../../helpers/repairs"
import { adminHeaders, notificationsOf, registerCustomer, seedShop, SeededShop } from "../../helpers/shop"
import { useSmtpFixture } from "../../helpers/smtp-fixture"

jest.setTimeout(300_000)

const stores = useBackupStores()
const smtp = useSmtpFixture()
const DAY = 86_400_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: SeededShop
    let admin: Record<string, string>
    let adminUserId: string
    let T: Awaited<ReturnType<typeof texts>>
    type Customer = Awaited<ReturnType<typeof registerCustomer>>
    let A: Customer, B: Customer

    const repair = () => getContainer().resolve(REPAIR) as any
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
    const sweep = (opts: Record<string, unknown> = {}) => {
      const { runDeletionSweep } = require("@softshop/medusa-repairs/utils/sweep")
      return runDeletionSweep(getContainer(), opts)
    }
    /** Moves the plugin's clock to a moment (UTC). */
    const setNow = (at: Date) => repair().setClockOffset(at.getTime() - Date.now())
    const raw = { validateStatus: () => true }

    const intake = async (customer: Customer, extra: Record<string, unknown> = {}) => {
      const res = await api.post("/admin/repairs", intakeBody({ customer_id: customer.customer.id, ...extra }), { headers: admin, ...raw })
      expect(res.status).toBe(201)
      return res.data.repair as { id: string; status: string }
    }
    const move = (id: string, to: string, body: Record<string, unknown> = {}) =>
      api.post(`/admin/repairs/${id}/transitions`, { to, ...body }, { headers: admin, ...raw })
    const backup = (id: string, store: "store-a" | "store-b", name: string, category = "photos") => {
      const file = placeBackup(stores.dirOf(store), name)
      return api.post(
        `/admin/repairs/${id}/backups`,
        { category, store_id: store, path: file.path, size_bytes: file.size_bytes, sha256: file.sha256 },
        { headers: admin, ...raw }
      )
    }
    const returned = { return_condition: { checklist: { "Scherm heel": true }, notes: "Zoals ingeleverd" } }

    /** Intake → consent (Store API) → visibility → estimate approved → two backups → in progress → delivered. */
    const deliveredRepair = async (customer: Customer, deliverAt?: Date) => {
      const r = await intake(customer)
      const h = customer.headers
      expect(
        (
          await api.post(
            `/store/repairs/${r.id}/consents`,
            { scopes: ["copy_user_data", "wipe_reinstall"], text_version: T.file_access.version },
            { headers: h }
          )
        ).status
      ).toBe(201)
      await api.post(`/store/repairs/${r.id}/visibility-acknowledgement`, { text_version: T.visibility.version }, { headers: h })
      expect((await move(r.id, "diagnosing")).status).toBe(200)
      expect((await move(r.id, "awaiting_approval", { estimate: { amount: 79.95, note: "Herinstallatie + back-up" } })).status).toBe(200)
      await api.post(`/store/repairs/${r.id}/estimate`, { decision: "approved" }, { headers: h })
      expect((await backup(r.id, "store-a", `${r.id}-a`)).status).toBe(201)
      expect((await backup(r.id, "store-b", `${r.id}-b`)).status).toBe(201)
      expect((await move(r.id, "in_progress")).status).toBe(200)
      expect((await move(r.id, "ready_for_pickup")).status).toBe(200)
      if (deliverAt) setNow(deliverAt)
      const done = await move(r.id, "delivered", returned)
      expect(done.status).toBe(200)
      return r.id
    }
    const dossier = async (id: string) => (await api.get(`/admin/repairs/${id}`, { headers: admin })).data

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await adminHeaders(api)
      adminUserId = (await api.get("/admin/users/me", { headers: admin })).data.user.id
      T = await texts(api, admin)
      A = await registerCustomer(api, shop, { first_name: "Anna" })
      B = await registerCustomer(api, shop, { first_name: "Bram" })
    })
    beforeEach(() => {
      repair().setClockOffset(0)
      smtp.clear()
    })

    it("should run intake to delivery, refusing in_progress without the visibility notice or two backups in two stores", async () => {
      const r = await intake(A)
      expect(r.status).toBe("intake")
      const h = A.headers
      expect((await move(r.id, "in_progress")).data.message).toContain("cannot move from intake to in_progress")
      await api.post(`/store/repairs/${r.id}/consents`, { scopes: ["copy_user_data", "wipe_reinstall"], text_version: T.file_access.version }, { headers: h })
      await move(r.id, "diagnosing")
      const ask = await move(r.id, "awaiting_approval")
      expect(ask.status).toBe(400)
      expect(ask.data.message).toContain("estimate")
      await move(r.id, "awaiting_approval", { estimate: { amount: 59 } })
      expect((await move(r.id, "in_progress")).data.message).toContain("not approved")
      expect((await api.post(`/store/repairs/${r.id}/estimate`, { decision: "approved" }, { headers: h })).data.repair.estimate).toEqual({
        amount: 59,
        note: null,
        status: "approved",
      })
      const noAck = await move(r.id, "in_progress")
      expect(noAck.status).toBe(400)
      expect(noAck.data.message).toContain("visibility notice")
      // A wrong text version is refused, naming the field.
      const stale = await api.post(`/store/repairs/${r.id}/visibility-acknowledgement`, { text_version: "visibility-old" }, { headers: h, ...raw })
      expect(stale.status).toBe(400)
      expect(stale.data.message).toContain("text_version")
      await api.post(`/store/repairs/${r.id}/visibility-acknowledgement`, { text_version: T.visibility.version }, { headers: h })
      // One copy, then a second in the same store: still not two distinct stores.
      const one = placeBackup(stores.a, `${r.id}-1`)
      const reg = await api.post(`/admin/repairs/${r.id}/backups`, { category: "photos", store_id: "store-a", ...one, data: undefined }, { headers: admin })
      expect(reg.status).toBe(201)
      expect(reg.data.backup).toEqual(expect.objectContaining({ store_id: "store-a", sha256: one.sha256, key_ref: "key-a", category: "photos" }))
      // The plaintext left the inbox; the stored copy is encrypted (not the plaintext bytes).
      expect(fs.existsSync(path.join(stores.a, "inbox", one.path))).toBe(false)
      const stored = fs.readFileSync(path.join(stores.a, reg.data.backup.location))
      expect(stored.includes(one.data.subarray(0, 64))).toBe(false)
      expect(await repair().store("store-a").checksum(reg.data.backup.location)).toBe(one.sha256)
      expect((await backup(r.id, "store-a", `${r.id}-2`, "documents")).status).toBe(201)
      const single = await move(r.id, "in_progress")
      expect(single.status).toBe(400)
      expect(single.data.message).toContain("two backup copies in two distinct backup stores")
      // A checksum that does not match the file is refused before anything is recorded.
      const bad = placeBackup(stores.b, `${r.id}-bad`)
      const mismatch = await api.post(
        `/admin/repairs/${r.id}/backups`,
        { category: "email", store_id: "store-b", path: bad.path, size_bytes: bad.size_bytes, sha256: "0".repeat(64) },
        { headers: admin, ...raw }
      )
      expect(mismatch.status).toBe(400)
      expect(mismatch.data.message).toContain("sha256")
      expect((await backup(r.id, "store-b", `${r.id}-3`, "email")).status).toBe(201)
      expect((await move(r.id, "in_progress")).data.repair.status).toBe("in_progress")
      await move(r.id, "ready_for_pickup")
      expect((await move(r.id, "delivered")).data.message).toContain("return_condition")
      const delivered = (await move(r.id, "delivered", returned)).data.repair
      expect(delivered.status).toBe("delivered")
      const d = await dossier(r.id)
      expect(d.history.map((x: any) => x.to_status)).toEqual(["intake", "diagnosing", "awaiting_approval", "in_progress", "ready_for_pickup", "delivered"])
      expect(d.history.every((x: any) => x.actor === `user:${adminUserId}` || x.to_status === "intake")).toBe(true)
      expect(d.backups.every((b: any) => b.delete_on && b.delete_by)).toBe(true)
      // Every transition was announced by mail with a tracking link (nl).
      const mails = await notificationsOf(getContainer(), "repairs.status-changed")
      expect(mails.filter((m: any) => m.to === A.email).length).toBe(6)
      await smtp.waitFor(6)
      expect(smtp.to(A.email).map((m) => m.subject)).toContain("Uw reparatie: Afgeleverd")
      expect(smtp.to(A.email)[0].text).toContain("/repairs/track?token=")
    })

    it("should delete the backups on the sweep day between day 14 and day 30 after delivery, not before, with a certificate", async () => {
      // Delivered on the 1st: due on the 15th (day 14). Delivered on the 2nd: due on the 1st of next month (day 30).
      const early = await deliveredRepair(A, new Date("2027-01-01T15:00:00Z"))
      const late = await deliveredRepair(B, new Date("2027-01-02T09:30:00Z"))
      const filesOf = async (id: string): Promise<string[]> => (await dossier(id)).backups.map((b: any) => path.join(stores.dirOf(b.store_id), b.location))
      const earlyFiles = await filesOf(early)
      const lateFiles = await filesOf(late)
      expect([...earlyFiles, ...lateFiles].every((f) => fs.existsSync(f))).toBe(true)
      const deletedOn: Record<string, number> = {}
      for (let day = 0; day <= 31; day++) {
        setNow(new Date(Date.UTC(2027, 0, 1, 2, 15) + day * DAY))
        await sweep({ trigger: "test" })
        for (const [id, files, from] of [
          [early, earlyFiles, 0],
          [late, lateFiles, 1],
        ] as const) {
          const gone = files.map((f) => !fs.existsSync(f))
          expect(new Set(gone).size).toBe(1) // both copies go in the same run
          const after = day - from
          if (gone[0] && deletedOn[id] === undefined) deletedOn[id] = after
          // Nothing is deleted before day 14 after delivery; everything is gone by day 30.
          if (after < 14) expect(gone[0]).toBe(false)
          if (after >= 30) expect(gone[0]).toBe(true)
        }
      }
      expect(deletedOn).toEqual({ [early]: 14, [late]: 30 })
      const d = await dossier(late)
      expect(d.deletion_certificates).toHaveLength(2)
      for (const c of d.deletion_certificates) {
        const b = d.backups.find((x: any) => x.id === c.backup_id)
        expect(c).toEqual(expect.objectContaining({ sha256: b.sha256, store_id: b.store_id, location: b.location, verified_absent: true, reason: "scheduled" }))
        expect(c.run_id).toMatch(/^rsw_/)
        expect(new Date(c.removed_at).toISOString().slice(0, 10)).toBe("2027-02-01")
      }
      expect(d.backups.every((b: any) => b.removed_at)).toBe(true)
      // One "backups deleted" mail per repair, in the customer's language.
      const mails = await notificationsOf(getContainer(), "repairs.backup-deleted")
      expect(mails.map((m: any) => m.to).sort()).toEqual([A.email, B.email].sort())
    })

    it("should keep backups longer until the agreed date and delete sooner only with the own-risk acknowledgement, recording and mailing both", async () => {
      const keep = await deliveredRepair(A, new Date("2027-03-03T12:00:00Z"))
      const soon = await deliveredRepair(B, new Date("2027-03-03T12:00:00Z"))
      setNow(new Date("2027-03-04T10:00:00Z"))
      const tooFar = await api.post(`/store/repairs/${keep}/requests`, { kind: "keep_longer", keep_until: "2027-09-01" }, { headers: A.headers, ...raw })
      expect(tooFar.status).toBe(400)
      expect(tooFar.data.message).toContain("keep_until may be at most 2027-06-01")
      const kept = await api.post(`/store/repairs/${keep}/requests`, { kind: "keep_longer", keep_until: "2027-04-20" }, { headers: A.headers })
      expect(kept.status).toBe(201)
      expect(kept.data.repair.backups.every((b: any) => b.delete_on.startsWith("2027-05-01"))).toBe(true)
      const noAck = await api.post(
        `/store/repairs/${soon}/requests`,
        { kind: "delete_sooner", text_version: T.early_deletion.version },
        { headers: B.headers, ...raw }
      )
      expect(noAck.status).toBe(400)
      expect(noAck.data.message).toContain("own_risk_acknowledged")
      const sooner = await api.post(
        `/store/repairs/${soon}/requests`,
        { kind: "delete_sooner", own_risk_acknowledged: true, text_version: T.early_deletion.version },
        { headers: B.headers }
      )
      expect(sooner.status).toBe(201)
      // The next run deletes the sooner backups (day 1 after delivery, not a sweep day); the kept ones stay past day 30.
      await sweep()
      expect((await dossier(soon)).backups.every((b: any) => b.removed_at)).toBe(true)
      setNow(new Date("2027-04-15T03:00:00Z"))
      await sweep()
      expect((await dossier(keep)).backups.every((b: any) => !b.removed_at)).toBe(true)
      setNow(new Date("2027-05-01T03:00:00Z"))
      await sweep()
      expect((await dossier(keep)).backups.every((b: any) => b.removed_at)).toBe(true)
      // Both requests are audited with who, how and which text version, and were mailed.
      const requests = (await dossier(soon)).requests
      expect(requests).toEqual([
        expect.objectContaining({
          kind: "delete_sooner",
          via: "store_api",
          actor: `customer:${B.customer.id}`,
          own_risk_text_version: T.early_deletion.version,
        }),
      ])
      const mails = await notificationsOf(getContainer(), "repairs.request-recorded")
      expect(mails.map((m: any) => m.to).sort()).toEqual([A.email, B.email].sort())
      await smtp.waitFor(1)
      const wish = await api.post(`/admin/repairs/${keep}/requests`, { kind: "data_wish", text: "x" }, { headers: admin, ...raw })
      expect(wish.status).toBe(400) // delivered: no more wishes about the work
    })

    it("should link a repair to the order and line item of the service it was sold with (read-only link)", async () => {
      const orderId = await placeOrder(api, shop, A.headers, { ...personaFor("rep"), email: A.email })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY) as any
      const { data: orders } = await query.graph({ entity: "order", fields: ["id", "items.id"], filters: { id: orderId } })
      const lineItemId = orders[0].items[0].id
      const r = await intake(A, { order_id: orderId, line_item_id: lineItemId })
      const { data } = await query.graph({
        entity: "repair_order",
        fields: ["id", "order.id", "order.display_id", "order_line_item.id"],
        filters: { id: r.id },
      })
      expect(data[0].order).toEqual(expect.objectContaining({ id: orderId }))
      expect(data[0].order_line_item).toEqual(expect.objectContaining({ id: lineItemId }))
    })

    it("should show free-text data wishes to the technician and record them from the desk and the Store API", async () => {
      const r = await intake(A, { data_wishes: "Map 'Belasting' niet openen" })
      await api.post(`/store/repairs/${r.id}/requests`, { kind: "data_wish", text: "Graag mailbox niet openen" }, { headers: A.headers })
      const d = await dossier(r.id)
      expect(d.repair.data_wishes).toBe("Map 'Belasting' niet openen\nGraag mailbox niet openen")
      expect(d.requests).toEqual([expect.objectContaining({ kind: "data_wish", via: "store_api", text: "Graag mailbox niet openen" })])
    })

    it("should refuse a file action without its scope with a 403 naming it, log the attempt, and block access after withdrawal", async () => {
      const r = await intake(A)
      const access = (scope: string) =>
        api.post(`/admin/repairs/${r.id}/file-accesses`, { scope, reason: "Productcode Office lezen" }, { headers: admin, ...raw })
      const refused = await access("read_product_code")
      expect(refused.status).toBe(403)
      expect(refused.data.message).toBe("consent scope read_product_code is missing")
      await api.post(
        `/admin/repairs/${r.id}/consents`,
        { scopes: ["read_product_code", "boot_test"], text_version: T.file_access.version, signature_name: "A. Klant" },
        { headers: admin }
      )
      expect((await access("read_product_code")).status).toBe(201)
      // A backup needs copy_user_data: refused and logged too.
      const noCopy = await backup(r.id, "store-a", `${r.id}-nocopy`)
      expect(noCopy.status).toBe(403)
      expect(noCopy.data.message).toContain("copy_user_data")
      // A reinstall cannot start without wipe_reinstall (after the other checks pass).
      await api.post(`/store/repairs/${r.id}/consents/withdraw`, { scopes: ["read_product_code"] }, { headers: A.headers })
      const after = await access("read_product_code")
      expect(after.status).toBe(403)
      expect((await access("boot_test")).status).toBe(201)
      const log = (await dossier(r.id)).file_accesses
      expect(log.map((l: any) => [l.scope, l.allowed])).toEqual([
        ["read_product_code", false],
        ["read_product_code", true],
        ["copy_user_data", false],
        ["read_product_code", false],
        ["boot_test", true],
      ])
      expect(log[1]).toEqual(expect.objectContaining({ actor: `user:${adminUserId}`, reason: "Productcode Office lezen", refusal: null }))
      const consents = (await dossier(r.id)).consents
      expect(consents.find((c: any) => c.scope === "read_product_code")).toEqual(
        expect.objectContaining({
          method: "desk_signature",
          signature_name: "A. Klant",
          text_version: T.file_access.version,
          withdrawn_by: `customer:${A.customer.id}`,
        })
      )
    })

    it("should refuse starting a reinstall without wipe_reinstall, and allow it without backups only after explicit permanent deletion", async () => {
      const r = await intake(A)
      await api.post(`/admin/repairs/${r.id}/visibility-acknowledgement`, { text_version: T.visibility.version }, { headers: admin })
      await move(r.id, "diagnosing")
      await move(r.id, "awaiting_approval", { estimate: { amount: 49 } })
      await api.post(`/admin/repairs/${r.id}/estimate`, { decision: "approved" }, { headers: admin })
      const noScope = await move(r.id, "in_progress")
      expect(noScope.status).toBe(403)
      expect(noScope.data.message).toContain("wipe_reinstall")
      await api.post(
        `/admin/repairs/${r.id}/consents`,
        { scopes: ["wipe_reinstall"], text_version: T.file_access.version, signature_name: "A. Klant" },
        { headers: admin }
      )
      const noBackupScope = await move(r.id, "in_progress")
      expect(noBackupScope.status).toBe(403)
      expect(noBackupScope.data.message).toContain("copy_user_data")
      await api.post(`/admin/repairs/${r.id}/permanent-deletion`, { text_version: T.permanent_deletion.version }, { headers: admin })
      expect((await move(r.id, "in_progress")).status).toBe(200)
      const log = (await dossier(r.id)).file_accesses
      expect(log.filter((l: any) => !l.allowed).map((l: any) => l.scope)).toEqual(["wipe_reinstall", "copy_user_data"])
    })

    it("should show customers only their own repairs: another customer's repair is a 404, no login a 401", async () => {
      const r = await intake(A)
      const mine = await api.get("/store/repairs", { headers: A.headers })
      expect(mine.data.repairs.map((x: any) => x.id)).toEqual([r.id])
      expect(mine.data.repairs[0]).not.toHaveProperty("credential_ciphertext")
      expect((await api.get("/store/repairs", { headers: B.headers })).data.repairs).toEqual([])
      expect((await api.get(`/store/repairs/${r.id}`, { headers: B.headers, ...raw })).status).toBe(404)
      expect(
        (await api.post(`/store/repairs/${r.id}/consents`, { scopes: ["boot_test"], text_version: T.file_access.version }, { headers: B.headers, ...raw }))
          .status
      ).toBe(404)
      expect((await api.post(`/store/repairs/${r.id}/consents/withdraw`, {}, { headers: B.headers, ...raw })).status).toBe(404)
      expect((await api.get("/store/repairs", { headers: shop.headers, ...raw })).status).toBe(401)
      expect((await api.get(`/store/repairs/${r.id}`, { headers: shop.headers, ...raw })).status).toBe(401)
      expect((await api.get(`/store/repairs/rep_unknown`, { headers: A.headers, ...raw })).status).toBe(404)
      expect((await api.get(`/admin/repairs/rep_unknown`, { headers: admin, ...raw })).status).toBe(404)
    })

    it("should open the tracking link from the mail without login, and refuse it tampered or expired", async () => {
      const r = await intake(A)
      await move(r.id, "diagnosing")
      await smtp.waitFor(2)
      const link = smtp
        .to(A.email)
        .map((m) => m.text.match(/https?:\/\/\S+\/repairs\/track\?token=\S+/)?.[0])
        .find(Boolean)!
      const token = decodeURIComponent(new URL(link).searchParams.get("token")!)
      const page = await api.get(`/repairs/track?token=${encodeURIComponent(token)}`)
      expect(page.status).toBe(200)
      expect(page.headers["content-type"]).toContain("text/html")
      expect(page.headers["content-security-policy"]).toContain("default-src 'none'")
      expect(page.headers["x-frame-options"]).toBe("DENY")
      expect(page.data).toContain("Diagnose")
      expect(page.data).not.toContain(A.email)
      expect((await api.get(`/repairs/track?token=${encodeURIComponent(token)}&lang=en`)).data).toContain("Diagnosing")
      const json = await api.get(`/store/repairs/track?token=${encodeURIComponent(token)}`, { headers: shop.headers })
      expect(json.data.repair).toEqual(expect.objectContaining({ id: r.id, status: "diagnosing" }))
      expect(json.data.repair.history.map((h: any) => h.status)).toEqual(["intake", "diagnosing"])
      expect(JSON.stringify(json.data)).not.toContain(A.email)
      const [id, exp, sig] = token.split(".")
      const tampered = [`${id}.${Number(exp) + 86400}.${sig}`, `${id}.${exp}.${sig.slice(0, -2)}AA`, "rep_x.1.y", "garbage"]
      for (const t of tampered) {
        expect((await api.get(`/store/repairs/track?token=${encodeURIComponent(t)}`, { headers: shop.headers, ...raw })).status).toBe(400)
        expect((await api.get(`/repairs/track?token=${encodeURIComponent(t)}`, raw)).status).toBe(400)
      }
      repair().setClockOffset(61 * DAY)
      const expired = await api.get(`/store/repairs/track?token=${encodeURIComponent(token)}`, { headers: shop.headers, ...raw })
      expect(expired.status).toBe(400)
      expect(expired.data.message).toBe("The tracking link has expired")
      expect((await api.get(`/repairs/track?token=${encodeURIComponent(token)}`, raw)).status).toBe(410)
    })

    it("should store the device password encrypted, show it only to the assigned technician (audited), and purge it at delivery", async () => {
      const secret = "PIN-8642-geheim"
      const r = await intake(A, { device_password: secret })
      const [row] = await knex()("repair_order").where({ id: r.id })
      expect(row.credential_ciphertext).toMatch(/^v1\./)
      expect(JSON.stringify(row)).not.toContain(secret)
      expect(JSON.stringify((await dossier(r.id)).repair)).not.toContain(secret)
      expect((await dossier(r.id)).repair.has_device_password).toBe(true)
      const reveal = () => api.post(`/admin/repairs/${r.id}/credential/reveal`, { reason: "Inloggen voor diagnose" }, { headers: admin, ...raw })
      const notAssigned = await reveal()
      expect(notAssigned.status).toBe(403)
      expect(notAssigned.data.message).toContain("assigned")
      await api.post(`/admin/repairs/${r.id}`, { technician_user_id: adminUserId }, { headers: admin })
      const shown = await reveal()
      expect(shown.status).toBe(200)
      expect(shown.data.device_password).toBe(secret)
      const other = await createAdmin(api, getContainer(), "repairs-other-tech@softshop.test")
      expect((await api.post(`/admin/repairs/${r.id}/credential/reveal`, { reason: "x" }, { headers: other, ...raw })).status).toBe(403)
      const audit = (await dossier(r.id)).audit.map((a: any) => a.action)
      expect(audit.filter((a: string) => a.startsWith("credential"))).toEqual([
        "credential_set",
        "credential_read_refused",
        "credential_read",
        "credential_read_refused",
      ])
      // Through to delivery (a repair, not a reinstall: no backups needed).
      await api.post(`/admin/repairs/${r.id}/visibility-acknowledgement`, { text_version: T.visibility.version }, { headers: admin })
      await move(r.id, "diagnosing")
      await move(r.id, "awaiting_approval", { estimate: { amount: 10 } })
      await api.post(`/admin/repairs/${r.id}/estimate`, { decision: "approved" }, { headers: admin })
      await knex()("repair_order").where({ id: r.id }).update({ work_type: "repair" })
      for (const s of ["in_progress", "ready_for_pickup"]) expect((await move(r.id, s)).status).toBe(200)
      await move(r.id, "delivered", returned)
      const [purged] = await knex()("repair_order").where({ id: r.id })
      expect(purged.credential_ciphertext).toBeNull()
      expect(purged.credential_purged_at).not.toBeNull()
      expect((await reveal()).status).toBe(404)
    })

    it("should render the intake receipt PDF with the consent texts, scopes with versions, visibility and backup window", async () => {
      const r = await intake(A)
      await api.post(
        `/store/repairs/${r.id}/consents`,
        { scopes: ["copy_user_data", "wipe_reinstall"], text_version: T.file_access.version },
        { headers: A.headers }
      )
      await api.post(`/store/repairs/${r.id}/visibility-acknowledgement`, { text_version: T.visibility.version }, { headers: A.headers })
      await backup(r.id, "store-a", `${r.id}-r`)
      const res = await api.get(`/admin/repairs/${r.id}/receipt`, { headers: admin, responseType: "arraybuffer" })
      expect(res.headers["content-type"]).toBe("application/pdf")
      const text = await pdfText(Buffer.from(res.data))
      expect(text).toContain(squash(T.file_access.body.nl))
      expect(text).toContain(squash(T.visibility.body.nl))
      expect(text).toContain("Al mijn gegevens kopiëren voor een back-up")
      expect(text).toContain("Wissen en opnieuw installeren")
      expect(text).toContain(`tekstversie ${T.file_access.version}`)
      expect(text).toContain(`tekstversie ${T.visibility.version}`)
      expect(text).toContain("Lenovo ThinkPad T14 (PF-3K9X2)")
      expect(text).toContain("Dubbele back-up")
      expect(text).toContain("tussen 14 en 30 dagen na aflevering")
      expect(text).toContain("dag 1, 15 van de maand")
      expect((await api.get(`/admin/repairs/${r.id}/receipt`, raw)).status).toBe(401)
    })

    it("should hold erasure while a repair is open or a backup exists, export everything, and erase once backups are gone", async () => {
      const id = await deliveredRepair(A, new Date("2027-05-02T10:00:00Z"))
      const { providers } = (await api.get("/admin/privacy/registry", { headers: admin })).data
      expect(providers.find((p: any) => p.module === "repair")).toEqual(expect.objectContaining({ has_legal_holds: true }))
      const exported = (await api.get(`/admin/privacy/customers/${A.customer.id}/export`, { headers: admin })).data.export
      const mine = exported.modules.find((m: any) => m.module === "repair")
      expect(mine.entities.repair_order.map((x: any) => x.id)).toEqual([id])
      expect(mine.entities.repair_order[0]).not.toHaveProperty("credential_ciphertext")
      expect(mine.entities.repair_consent).toHaveLength(2)
      expect(mine.entities.repair_backup).toHaveLength(2)
      const service = repair()
      expect(await service.getLegalHoldsForSubjects([{ customer_id: B.customer.id }, { customer_id: A.customer.id }])).toEqual([
        [],
        [{ module: "repair", reason: "backup not yet deleted", reference: id }],
      ])
      const open = await intake(B)
      expect((await service.getLegalHolds({ customer_id: B.customer.id }))[0]).toEqual({ module: "repair", reason: "repair is intake", reference: open.id })
      // The privacy plugin refuses to erase a held subject.
      const { data: req } = await api.post("/admin/privacy/requests", { type: "erasure", channel: "admin", customer_id: A.customer.id }, { headers: admin })
      const held = await api.post(`/admin/privacy/requests/${req.data_subject_request.id}/execute`, {}, { headers: admin, ...raw })
      expect(held.status).toBe(400)
      expect(held.data.message).toContain("repair")
      setNow(new Date("2027-06-01T03:00:00Z"))
      await sweep()
      expect(await service.getLegalHolds({ customer_id: A.customer.id })).toEqual([])
      // Batch form, with a subject that has nothing here.
      const erased = await service.eraseSubjectsData([{ customer_id: "cus_nobody" }, { customer_id: A.customer.id }, { customer_id: B.customer.id }])
      expect(erased.erased).toEqual(expect.objectContaining({ repair_order: 1, repair_consent: 2, repair_backup: 2 }))
      expect((await knex()("repair_order").where({ id: open.id })).length).toBe(1) // B's open repair is untouched
      expect(await knex()("repair_deletion_certificate").where({ repair_id: id })).toHaveLength(2)
      expect((await service.eraseSubjectData({ customer_id: A.customer.id })).erased.repair_order).toBe(0)
      expect((await service.exportSubjectData({ customer_id: A.customer.id })).entities.repair_order).toEqual([])
    })

    it("should delete each backup once and leave none behind when a sweep is killed and two sweeps run at once", async () => {
      const ids: string[] = []
      for (const c of [A, B, A]) ids.push(await deliveredRepair(c, new Date("2027-07-01T10:00:00Z")))
      setNow(new Date("2027-07-15T02:15:00Z"))
      // Kill the first run right after its first file is removed, before the certificate.
      const ctrl = new AbortController()
      const killed = await sweep({ batchSize: 2, signal: ctrl.signal, onFileRemoved: () => ctrl.abort() })
      expect(killed).toEqual(expect.objectContaining({ interrupted: true, deleted: 0 }))
      // Its claims block other runs until they time out; then two runs at once finish the job.
      setNow(new Date("2027-07-15T02:20:00Z"))
      const [x, y] = await Promise.all([sweep({ batchSize: 1 }), sweep({ batchSize: 1 })])
      expect(x.deleted + y.deleted).toBe(4)
      setNow(new Date("2027-07-15T03:00:00Z"))
      const [p, q] = await Promise.all([sweep({ batchSize: 1 }), sweep({ batchSize: 1 })])
      expect(x.deleted + y.deleted + p.deleted + q.deleted).toBe(6)
      const certs = await knex()("repair_deletion_certificate").whereIn("repair_id", ids)
      expect(certs).toHaveLength(6)
      expect(new Set(certs.map((c: any) => c.backup_id)).size).toBe(6)
      expect((await knex()("repair_backup").whereIn("repair_id", ids).whereNull("removed_at")).length).toBe(0)
      for (const id of ids) {
        expect(vaultFiles(stores.a).filter((f) => f.includes(id))).toEqual([])
        expect(vaultFiles(stores.b).filter((f) => f.includes(id))).toEqual([])
      }
      const mails = await notificationsOf(getContainer(), "repairs.backup-deleted")
      expect(mails).toHaveLength(3)
      const runs = await knex()("repair_sweep_run").orderBy("started_at")
      expect(runs.find((r: any) => r.id === killed.run_id).status).toBe("interrupted")
    })

    it("should alert admins once when a backup is past its last allowed day", async () => {
      const id = await deliveredRepair(A, new Date("2027-08-03T10:00:00Z"))
      const { backups } = await dossier(id)
      // Make one copy undeletable: a non-empty directory where the file was.
      const stuck = path.join(stores.dirOf(backups[0].store_id), backups[0].location)
      fs.rmSync(stuck)
      fs.mkdirSync(stuck)
      fs.writeFileSync(path.join(stuck, "x"), "x")
      setNow(new Date("2027-09-01T03:00:00Z"))
      expect((await sweep()).failed).toBe(1)
      setNow(new Date("2027-09-04T03:00:00Z"))
      // The failed claim is retried once it expires; still failing, and now overdue.
      const later = await sweep()
      expect(later.alerted).toBe(1)
      expect((await sweep()).alerted).toBe(0)
      const register = (await api.get("/admin/repair-backups?state=overdue", { headers: admin })).data
      expect(register.backups.map((b: any) => b.id)).toEqual([backups[0].id])
      expect(register.overdue_count).toBe(1)
      const feed = await getContainer().resolve("notification").listNotifications({ channel: "feed" })
      expect(feed.filter((n: any) => JSON.stringify(n.data).includes(backups[0].id))).toHaveLength(1)
      fs.rmSync(stuck, { recursive: true })
    })

    it("should undo exactly what the consent step wrote when a later step of its workflow fails", async () => {
      const { createStep, createWorkflow, WorkflowResponse } = require("@medusajs/framework/workflows-sdk")
      const { giveConsentStep } = require("@softshop/medusa-repairs/workflows")
      const r = await intake(A)
      // "No access" first: the next grant withdraws it, inserts two scopes and audits them, all in one locked write.
      await api.post(`/store/repairs/${r.id}/consents`, { scopes: ["none"], text_version: T.file_access.version }, { headers: A.headers })
      const rows = async () => ({
        consents: await knex()("repair_consent").where({ repair_id: r.id }).orderBy("id"),
        audit: await knex()("repair_audit").where({ repair_id: r.id }).orderBy("id"),
      })
      const before = await rows()
      expect(before.consents.map((c: any) => [c.scope, c.withdrawn_at])).toEqual([["none", null]])
      const failAfter = createStep("repairs-test-fail-after-consent", async () => {
        throw new Error("forced failure after the consent step")
      })
      const workflow = createWorkflow("repairs-test-consent-then-fail", (input: any) => {
        const out = giveConsentStep(input)
        failAfter()
        return new WorkflowResponse(out)
      })
      const input = {
        id: r.id,
        scopes: ["boot_test", "copy_user_data"],
        text_version: T.file_access.version,
        method: "store_api",
        actor: `customer:${A.customer.id}`,
      }
      const { errors } = await workflow(getContainer()).run({ input, throwOnError: false })
      expect(errors.map((e: any) => e.error?.message)).toEqual(["forced failure after the consent step"])
      // The grants are gone, "none" is active again, the audit entry is removed: the rows are as before, to the column.
      expect(await rows()).toEqual(before)
      // The same input through the real workflow writes it all (the compensation did not leave a lock or a half state).
      const { giveConsentWorkflow } = require("@softshop/medusa-repairs/workflows")
      await giveConsentWorkflow(getContainer()).run({ input })
      const after = await rows()
      expect(
        after.consents
          .filter((c: any) => !c.withdrawn_at)
          .map((c: any) => c.scope)
          .sort()
      ).toEqual(["boot_test", "copy_user_data"])
      expect(after.audit.map((a: any) => a.action)).toEqual([...before.audit.map((a: any) => a.action), "consent_given"])
      // A write that patches the repair row: the acknowledgement's columns are written back and its audit entry removed.
      const { acknowledgeVisibilityStep } = require("@softshop/medusa-repairs/workflows")
      const ackThenFail = createWorkflow("repairs-test-ack-then-fail", (input: any) => {
        const out = acknowledgeVisibilityStep(input)
        failAfter()
        return new WorkflowResponse(out)
      })
      const repairRow = async () => knex()("repair_order").where({ id: r.id }).first()
      const unacknowledged = await repairRow()
      expect(unacknowledged.visibility_ack_at).toBeNull()
      const ack = await ackThenFail(getContainer()).run({
        input: { id: r.id, text_version: T.visibility.version, via: "store_api", actor: `customer:${A.customer.id}` },
        throwOnError: false,
      })
      expect(ack.errors).toHaveLength(1)
      const restored = await repairRow()
      expect([restored.visibility_ack_version, restored.visibility_ack_at, restored.visibility_ack_via]).toEqual([null, null, null])
      expect({ ...restored, updated_at: null }).toEqual({ ...unacknowledged, updated_at: null })
      expect((await rows()).audit).toEqual(after.audit)
    })

    it("should release the backups-deleted mail claim when the mail cannot be handed over, and mail in the next run", async () => {
      const id = await deliveredRepair(A, new Date("2027-10-01T10:00:00Z"))
      const mailed = async () => (await knex()("repair_order").where({ id }).first()).backup_deletion_mailed_at
      const mails = async () => (await notificationsOf(getContainer(), "repairs.backup-deleted")).filter((m: any) => m.data?.repair_id === id)
      setNow(new Date("2027-10-15T03:00:00Z"))
      // A real storage failure of Medusa's notification module, after the claim marked the customer told.
      await knex().raw(`create or replace function repairs_test_refuse_notification() returns trigger language plpgsql as $$
        begin raise exception 'simulated notification storage failure'; end $$`)
      await knex().raw(
        "create trigger repairs_test_refuse_notification before insert on notification for each row execute function repairs_test_refuse_notification()"
      )
      let first: any
      try {
        first = await sweep()
      } finally {
        await knex().raw("drop trigger if exists repairs_test_refuse_notification on notification")
      }
      // The backups are deleted and certified; only the mail failed, and its claim was taken back by the compensation.
      expect(first).toEqual(expect.objectContaining({ deleted: 2, failed: 0 }))
      expect((await dossier(id)).deletion_certificates).toHaveLength(2)
      expect(await mailed()).toBeNull()
      expect(await mails()).toHaveLength(0)
      const second = await sweep()
      expect(second.deleted).toBe(0)
      expect(await mailed()).not.toBeNull()
      expect(await mails()).toHaveLength(1)
      await sweep()
      expect(await mails()).toHaveLength(1)
    })

    it("should answer bad input with a 4xx naming the field, never a 5xx", async () => {
      const r = await intake(A)
      await api.post(`/store/repairs/${r.id}/consents`, { scopes: ["copy_user_data"], text_version: T.file_access.version }, { headers: A.headers })
      const cases: [string, string, unknown, string][] = [
        ["post", "/admin/repairs", { ...intakeBody(), customer_id: A.customer.id, problem: "a\u0000b" }, "problem"],
        ["post", "/admin/repairs", { ...intakeBody(), customer_id: A.customer.id, work_type: "magic" }, "work_type"],
        ["post", "/admin/repairs", { ...intakeBody() }, "customer_id"],
        ["post", "/admin/repairs", { ...intakeBody(), customer_id: A.customer.id, problem: "x".repeat(5000) }, "problem"],
        ["post", "/admin/repairs", { ...intakeBody(), customer_id: "cus_doesnotexist" }, "customer_id"],
        ["post", `/admin/repairs/${r.id}/transitions`, { to: "in_progress", estimate: { amount: 1e308 } }, "estimate"],
        ["post", `/admin/repairs/${r.id}/transitions`, { to: { a: { b: { c: {} } } } }, "field 'to'"],
        ["post", `/admin/repairs/${r.id}/backups`, { category: "photos", store_id: "store-c", path: "x", size_bytes: 1, sha256: "a".repeat(64) }, "store_id"],
        [
          "post",
          `/admin/repairs/${r.id}/backups`,
          { category: "photos", store_id: "store-a", path: "../../etc/passwd", size_bytes: 1, sha256: "a".repeat(64) },
          "path",
        ],
        [
          "post",
          `/admin/repairs/${r.id}/backups`,
          { category: "photos", store_id: "store-a", path: "x", size_bytes: -1e308, sha256: "a".repeat(64) },
          "size_bytes",
        ],
        ["post", `/admin/repairs/${r.id}/consents`, { scopes: ["none", "boot_test"], text_version: T.file_access.version, signature_name: "x" }, "scopes"],
        ["post", `/admin/repairs/${r.id}/consents`, { scopes: ["boot_test"], text_version: T.file_access.version, signature_name: "x", extra: 1 }, "extra"],
        ["get", "/admin/repairs?limit=abc", undefined, "limit"],
        ["post", `/admin/repairs/${r.id}`, { technician_user_id: "user_nobody" }, "technician_user_id"],
        ["get", "/admin/repair-backups?state=gone", undefined, "state"],
        ["post", `/admin/repairs/${r.id}/requests`, { kind: "keep_longer", keep_until: "2027-02-30x" }, "keep_until"],
      ]
      for (const [method, url, body, field] of cases) {
        const res = method === "get" ? await api.get(url, { headers: admin, ...raw }) : await api.post(url, body, { headers: admin, ...raw })
        expect([url, res.status]).toEqual([url, expect.any(Number)])
        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(res.status).toBeLessThan(500)
        expect(JSON.stringify(res.data)).toContain(field)
      }
      // A 1 MB string is stopped by the body parser before any route code runs.
      const huge = await api.post("/admin/repairs", { ...intakeBody(), customer_id: A.customer.id, problem: "x".repeat(1_000_000) }, { headers: admin, ...raw })
      expect(huge.status).toBe(413)
      // The privacy plugin's hardening layer refuses a NUL byte in the path before any route runs.
      const nul = await api.get(`/admin/repairs/rep_%00x`, { headers: admin, ...raw })
      expect(nul.status).toBe(400)
      expect(nul.data.message).toContain("NUL")
      const track = await api.get(`/store/repairs/track?token=${"x".repeat(5000)}`, { headers: shop.headers, ...raw })
      expect(track.status).toBe(400)
    })
  },
})

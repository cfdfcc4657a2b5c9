import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PRIVACY_MODULE } from ".."
import PrivacyModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<PrivacyModuleService>({
  moduleName: PRIVACY_MODULE,
  resolve: path.join(__dirname, ".."),
  moduleOptions: { secret: "module-test-secret" },
  testSuite: ({ service }) => {
    const seed = async () => {
      const text = await service.createPolicyTexts({ kind: "cookies", version: "v1", locale: "nl", body: "x", hash: "h", published_at: new Date() })
      const base = { policy_text_id: text.id, policy_text_version: "v1", policy_text_hash: "h", recorded_at: new Date() }
      await service.createConsentRecords([
        { ...base, visitor_id: "visitor-1", customer_id: "cus_A", category: "analytics", granted: true },
        { ...base, visitor_id: "visitor-2", customer_id: "cus_B", category: "analytics", granted: true },
      ])
      await service.createDataSubjectRequests({
        type: "access",
        channel: "email",
        subject_email: "a@example.nl",
        customer_id: "cus_A",
        received_at: new Date(),
        due_at: new Date(),
      })
    }

    describe("request transitions", () => {
      const fields = () => ({
        type: "erasure" as const,
        status: "cooling_off" as const,
        channel: "store_api" as const,
        customer_id: "cus_T",
        received_at: new Date(),
        due_at: new Date(),
      })

      it("should write a new request and its audit entry together, and undo both", async () => {
        const audit = { rule: "erasure_requested", actor: "customer:cus_T", counts: { requests: 1 } }
        const { request, audit_log_id, undo } = await service.transitionDataSubjectRequest({ create: fields(), audit })
        const [log] = await service.listAuditLogs({ id: audit_log_id! })
        expect(log).toEqual(expect.objectContaining({ ...audit, subject_ref: request.id }))
        await service.undoRequestTransition(undo)
        expect(await service.listDataSubjectRequests({ id: request.id })).toEqual([])
        expect(await service.listAuditLogs({ id: audit_log_id! })).toEqual([])
      })

      it("should write neither when the audit entry cannot be written", async () => {
        // An audit entry without its required counts: PostgreSQL refuses it inside the same transaction.
        await expect(
          service.transitionDataSubjectRequest({ create: fields(), audit: { rule: "erasure_requested", actor: "customer:cus_T", counts: null as any } })
        ).rejects.toThrow()
        expect(await service.listDataSubjectRequests({ customer_id: "cus_T" })).toEqual([])
      })

      it("should change a request with its audit entry, and undo restores exactly the fields it changed", async () => {
        const created = await service.createDataSubjectRequests({ ...fields(), note: "kept" })
        const { request, undo } = await service.transitionDataSubjectRequest({
          update: { id: created.id, status: "cancelled", completed_at: new Date(), handled_by: "customer:cus_T" },
          audit: { rule: "erasure_cancelled", actor: "customer:cus_T", counts: { requests: 1 } },
        })
        expect(request).toEqual(expect.objectContaining({ status: "cancelled", note: "kept" }))
        expect(await service.listAuditLogs({ subject_ref: created.id })).toHaveLength(1)
        await service.undoRequestTransition(undo)
        expect(await service.retrieveDataSubjectRequest(created.id)).toEqual(
          expect.objectContaining({ status: "cooling_off", completed_at: null, handled_by: null, note: "kept" })
        )
        expect(await service.listAuditLogs({ subject_ref: created.id })).toEqual([])
      })
    })

    it("should export exactly the rows it erases, and only the subject's", async () => {
      await seed()
      const exported = await service.exportSubjectData({ customer_id: "cus_A", email: "a@example.nl" })
      expect(exported.entities.consent_record).toHaveLength(1)
      expect(exported.entities.data_subject_request).toHaveLength(1)
      expect(JSON.stringify(exported)).not.toContain("cus_B")
      const erased = await service.eraseSubjectData({ customer_id: "cus_A", email: "a@example.nl" })
      expect(erased.anonymized).toEqual(expect.objectContaining({ consent_record: 1, data_subject_request: 1 }))
    })

    it("should keep only a keyed hash of the subject on consent records, and change nothing the second time", async () => {
      await seed()
      await service.eraseSubjectData({ customer_id: "cus_A" })
      const [record] = await service.listConsentRecords({ visitor_id: null, customer_id: null })
      expect(record.subject_hash).toBe(service.hash("customer:cus_A"))
      expect(record.subject_hash).not.toContain("cus_A")
      const again = await service.eraseSubjectData({ customer_id: "cus_A", email: "a@example.nl" })
      expect(Object.values({ ...again.erased, ...again.anonymized }).every((n) => n === 0)).toBe(true)
      expect(await service.listConsentRecords({ customer_id: "cus_B" })).toHaveLength(1)
    })
  },
})

import { warnWithoutEmailProvider } from "../../utils/email-provider"
import { createHmac } from "node:crypto"
import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { AuditLog } from "./models/audit-log"
import { ConsentRecord } from "./models/consent-record"
import { DataSubjectRequest } from "./models/data-subject-request"
import { LegalHold } from "./models/legal-hold"
import { PolicyText } from "./models/policy-text"
import { Processor } from "./models/processor"
import { RetentionRun } from "./models/retention-run"
import { SubjectClock } from "./models/subject-clock"
import { parsePrivacyOptions, PrivacyPluginOptions, ResolvedPrivacyOptions } from "./options"
import type { PersonalDataDescriptor, PrivacySubject, SubjectDataExport, SubjectErasureResult } from "../../types/privacy-contract"

type RequestRow = InferTypeOf<typeof DataSubjectRequest>
type RequestFields = Partial<Omit<RequestRow, "id" | "created_at" | "updated_at" | "deleted_at">>

/** One audit entry of a request transition: rule, actor, counts; the request id is its `subject_ref`. */
export type RequestAudit = { rule: string; actor: string; counts: Record<string, number> }

/**
 * A data-subject request transition: `create` a request, or `update` request `id` (the fields given, e.g.
 * a status), with an optional audit entry.
 */
export type RequestTransition = ({ create: RequestFields } | { update: RequestFields & { id: string } }) & { audit?: RequestAudit | null }

/** What undoing a transition needs: the request to delete (created) or its fields before (updated), the audit entry. */
export type RequestTransitionUndo = { created_id?: string; before?: RequestFields & { id: string }; audit_log_id?: string | null }

/**
 * The privacy module: options, the injectable clock, the plugin's own records,
 * and the privacy contract for the personal data this module itself stores.
 */
export default class PrivacyModuleService extends MedusaService({
  AuditLog,
  ConsentRecord,
  DataSubjectRequest,
  LegalHold,
  PolicyText,
  Processor,
  RetentionRun,
  SubjectClock,
}) {
  protected readonly options_: ResolvedPrivacyOptions
  protected clockOffsetMs_ = 0

  constructor(container: Record<string, unknown>, options?: PrivacyPluginOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parsePrivacyOptions(options)
    this.bootCradle_ = container
  }

  protected readonly bootCradle_: Record<string, unknown>

  /** Medusa's module lifecycle: warn at boot when the shop cannot send e-mail (utils/email-provider). */
  __hooks = {
    onApplicationStart: async () => warnWithoutEmailProvider(this.bootCradle_),
  }

  getOptions(): ResolvedPrivacyOptions {
    return this.options_
  }

  /** The one clock every privacy rule reads. Tests move it with setClockOffset. */
  now(): Date {
    return new Date(Date.now() + this.clockOffsetMs_)
  }

  setClockOffset(ms: number) {
    this.clockOffsetMs_ = ms
  }

  /** Keyed hash (HMAC-SHA256) with the plugin secret: proof without the value. */
  hash(value: string): string {
    return createHmac("sha256", this.options_.secret).update(value).digest("hex")
  }

  getPersonalDataDescriptor(): PersonalDataDescriptor {
    return {
      module: "privacy",
      entities: [
        {
          entity: "consent_record",
          personal_fields: ["visitor_id", "customer_id"],
          description: "Cookie and tracking choices; on erasure only a salted hash of the subject is kept.",
        },
        {
          entity: "data_subject_request",
          personal_fields: ["subject_email"],
          description: "Requests the subject made; kept as proof, e-mail cleared.",
        },
        {
          entity: "legal_hold",
          personal_fields: ["customer_id"],
          description: "Legal holds on the subject (reason written by staff).",
        },
        { entity: "subject_clock", personal_fields: ["customer_id"], description: "Retention clock of the subject; deleted with the customer record." },
      ],
    }
  }

  async exportSubjectData(subject: PrivacySubject): Promise<SubjectDataExport> {
    const consents = subject.customer_id ? await this.listConsentRecords({ customer_id: subject.customer_id }, { order: { recorded_at: "ASC" } }) : []
    const requests = await this.listDataSubjectRequests(this.requestFilter(subject), { order: { received_at: "ASC" } })
    const holds = subject.customer_id ? await this.listLegalHolds({ customer_id: subject.customer_id }) : []
    const clocks = subject.customer_id ? await this.listSubjectClocks({ customer_id: subject.customer_id }) : []
    const json = (rows: unknown[]) => JSON.parse(JSON.stringify(rows))
    return {
      module: "privacy",
      entities: {
        consent_record: json(consents),
        data_subject_request: json(requests),
        legal_hold: json(holds.map(({ id, reason, reference, created_at, released_at }) => ({ id, reason, reference, created_at, released_at }))),
        subject_clock: json(clocks),
      },
    }
  }

  eraseSubjectData(subject: PrivacySubject): Promise<SubjectErasureResult> {
    return this.eraseSubjectsData([subject])
  }

  /**
   * Batch form (retention): consent records and the subject's own audit entries keep a salted hash of the subject,
   * clocks go, request e-mails are cleared, closed requests lose the customer id.
   */
  async eraseSubjectsData(subjects: PrivacySubject[]): Promise<SubjectErasureResult> {
    const result: SubjectErasureResult = {
      module: "privacy",
      erased: { consent_record: 0, data_subject_request: 0, legal_hold: 0, subject_clock: 0 },
      anonymized: { consent_record: 0, data_subject_request: 0, legal_hold: 0, subject_clock: 0, audit_log: 0 },
    }
    const ids = [...new Set(subjects.map((s) => s.customer_id).filter((id): id is string => !!id))]
    const emails = [...new Set(subjects.map((s) => s.email).filter((e): e is string => !!e))]
    const or: Record<string, unknown>[] = []
    if (ids.length) or.push({ customer_id: ids })
    if (emails.length) or.push({ subject_email: emails })
    // The four reads do not depend on each other (each update below writes other columns than the reads filter
    // on): one round of reads for the batch, then the writes.
    const [consents, requests, closed, logs] = await Promise.all([
      ids.length ? this.listConsentRecords({ customer_id: ids }, { select: ["id", "customer_id"] }) : [],
      or.length ? this.listDataSubjectRequests({ $or: or, subject_email: { $ne: null } } as any, { select: ["id"] }) : [],
      // Closed requests stay in the register without the customer id (the request being executed loses it when
      // it is completed, see record-erasure step); the audit entries of the subject's own actions name a keyed
      // hash instead of the id, the same one the consent records keep.
      ids.length ? this.listDataSubjectRequests({ customer_id: ids, status: ["completed", "cancelled", "rejected"] }, { select: ["id"] }) : [],
      ids.length ? this.listAuditLogs({ actor: ids.map((id) => `customer:${id}`) }, { select: ["id", "actor"] }) : [],
    ])
    if (consents.length) {
      await this.updateConsentRecords(
        consents.map((c) => ({ id: c.id, customer_id: null, visitor_id: null, subject_hash: this.hash(`customer:${c.customer_id}`) }))
      )
      result.anonymized.consent_record = consents.length
    }
    // Subject clocks are deleted right after the customer record (providers/medusa-core), not here: a run
    // killed between the modules keeps the warning mark, so the subject is not warned a second time.
    if (requests.length) {
      await this.updateDataSubjectRequests(requests.map((r) => ({ id: r.id, subject_email: null })))
      result.anonymized.data_subject_request = requests.length
    }
    if (closed.length) {
      await this.updateDataSubjectRequests(closed.map((r) => ({ id: r.id, customer_id: null })))
      result.anonymized.data_subject_request += closed.length
    }
    if (logs.length) {
      await this.updateAuditLogs(logs.map((l) => ({ id: l.id, actor: `subject:${this.hash(l.actor)}` })))
      result.anonymized.audit_log = logs.length
    }
    return result
  }

  /**
   * A request created or changed and its audit entry written in one transaction: both or neither. Returns
   * the request, the audit entry's id and what `undoRequestTransition` needs (the workflow's compensation).
   */
  @InjectTransactionManager()
  async transitionDataSubjectRequest(
    transition: RequestTransition,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ request: RequestRow; audit_log_id: string | null; undo: RequestTransitionUndo }> {
    let request: RequestRow
    const undo: RequestTransitionUndo = {}
    if ("create" in transition) {
      request = (await this.createDataSubjectRequests(transition.create as any, sharedContext)) as RequestRow
      undo.created_id = request.id
    } else {
      const { id, ...fields } = transition.update
      const [found] = await this.listDataSubjectRequests({ id }, {}, sharedContext)
      undo.before = { id, ...Object.fromEntries(Object.keys(fields).map((k) => [k, (found as any)?.[k] ?? null])) }
      ;[request] = (await this.updateDataSubjectRequests([transition.update as any], sharedContext)) as RequestRow[]
    }
    let audit_log_id: string | null = null
    if (transition.audit) {
      const log = await this.createAuditLogs({ ...transition.audit, subject_ref: request.id, run_id: null, occurred_at: this.now() }, sharedContext)
      audit_log_id = log.id
      undo.audit_log_id = log.id
    }
    return { request, audit_log_id, undo }
  }

  /** Compensation of transitionDataSubjectRequest, in one transaction: the audit entry goes, the request is restored or deleted. */
  @InjectTransactionManager()
  async undoRequestTransition(undo: RequestTransitionUndo, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (undo.audit_log_id) await this.deleteAuditLogs(undo.audit_log_id, sharedContext)
    if (undo.created_id) await this.deleteDataSubjectRequests(undo.created_id, sharedContext)
    if (undo.before) await this.updateDataSubjectRequests([undo.before as any], sharedContext)
  }

  protected requestFilter(subject: PrivacySubject) {
    const or: Record<string, unknown>[] = []
    if (subject.customer_id) or.push({ customer_id: subject.customer_id })
    if (subject.email) or.push({ subject_email: subject.email })
    return or.length ? { $or: or } : { id: [] as string[] }
  }
}

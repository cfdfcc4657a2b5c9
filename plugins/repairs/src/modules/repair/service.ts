import { warnWithoutEmailProvider } from "../../utils/email-provider"
import { Context } from "@medusajs/framework/types"
import { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { ConsentMethod, ConsentScope, OPEN_STATUSES, RepairStatus } from "./constants"
import { decryptText, encryptText } from "./crypto"
import RepairAudit from "./models/repair-audit"
import RepairBackup from "./models/repair-backup"
import RepairConsent from "./models/repair-consent"
import RepairDeletionCertificate from "./models/repair-deletion-certificate"
import RepairFileAccess from "./models/repair-file-access"
import RepairOrder from "./models/repair-order"
import RepairRequest from "./models/repair-request"
import RepairStatusChange from "./models/repair-status-change"
import RepairSweepRun from "./models/repair-sweep-run"
import { parseRepairOptions, RepairPluginOptions, ResolvedRepairOptions } from "./options"
import { addDays, dayOf } from "./schedule"
import { BackupStore, buildStores } from "./stores"
import { TEXT_VERSIONS, TextKind } from "./texts"
import { deletionPlan, Refusal, refuseTransition, TransitionInput, transitionPatch } from "./transitions"
import { BackupRow, ConsentRow, LegalHold, PersonalDataDescriptor, PrivacySubject, RepairRow, SubjectDataExport, SubjectErasureResult } from "./types"

const T = {
  repair: "repair_order",
  change: "repair_status_change",
  consent: "repair_consent",
  access: "repair_file_access",
  backup: "repair_backup",
  cert: "repair_deletion_certificate",
  request: "repair_request",
  audit: "repair_audit",
  run: "repair_sweep_run",
} as const

export type RepairChange = { before: RepairRow; repair: RepairRow; change_id: string }
export type TransitionResult = { change: RepairChange; refusal: null } | { change: null; refusal: Refusal }
export type CreateRepairInput = Omit<
  Partial<RepairRow>,
  "id" | "status" | "sequence" | "credential_ciphertext" | "created_at" | "updated_at" | "deleted_at"
> & {
  customer_id: string
  work_type: string
  device_type: string
  device_brand: string
  device_model: string
  problem: string
  intake_condition: RepairRow["intake_condition"]
  credential?: string | null
  actor: string
}
export type Via = "desk" | "store_api"

/**
 * What one locked domain write changed, so a workflow step can undo exactly that (ids and non-personal columns
 * only: it lands in the workflow's checkpoint). `repair.before` is written back only while the repair row is as
 * the write left it (same `updated_at`); when it moved on, nothing is undone.
 */
export type RepairUndo = {
  repair_id: string
  repair?: { before: Partial<RepairRow>; updated_at: Date | string }
  audit_ids?: string[]
  /** Consent rows the write inserted (deleted on undo). */
  consent_ids?: string[]
  /** Consent rows the write withdrew (withdrawal cleared on undo). */
  withdrawn_consent_ids?: string[]
  /** File-access log rows the write inserted. */
  access_ids?: string[]
}
export type RepairWrite = { repair: RepairRow; undo: RepairUndo }

const pick = <K extends keyof RepairRow>(r: RepairRow, keys: K[]) => Object.fromEntries(keys.map((k) => [k, r[k]])) as Pick<RepairRow, K>

const FINISHED: RepairStatus[] = ["delivered", "closed", "cancelled"]

/**
 * The repair module: data, the clock, the backup stores, and every locked
 * check-then-write of a repair (status transitions, consent, file access,
 * backups, wishes). Each domain method runs in one transaction and takes the
 * repair's row lock first, so two desks or a desk and the Store API are serialised.
 */
export default class RepairModuleService extends MedusaService({
  RepairOrder,
  RepairStatusChange,
  RepairConsent,
  RepairFileAccess,
  RepairBackup,
  RepairDeletionCertificate,
  RepairRequest,
  RepairAudit,
  RepairSweepRun,
}) {
  protected readonly options_: ResolvedRepairOptions
  protected readonly stores_: Map<string, BackupStore>
  protected clockOffsetMs_ = 0

  constructor(container: Record<string, unknown>, options?: RepairPluginOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseRepairOptions(options)
    this.stores_ = buildStores(this.options_)
    this.bootCradle_ = container
  }

  protected readonly bootCradle_: Record<string, unknown>

  /** Medusa's module lifecycle: warn at boot when the shop cannot send e-mail (utils/email-provider). */
  __hooks = {
    onApplicationStart: async () => warnWithoutEmailProvider(this.bootCradle_),
  }

  getOptions(): ResolvedRepairOptions {
    return this.options_
  }

  /** The one clock of the plugin: server time plus an offset tests may set. */
  now(): Date {
    return new Date(Date.now() + this.clockOffsetMs_)
  }

  setClockOffset(ms: number) {
    this.clockOffsetMs_ = ms
  }

  store(id: string): BackupStore {
    const s = this.stores_.get(id)
    if (!s) throw new MedusaError(MedusaError.Types.INVALID_DATA, `store_id ${id} is not a configured backup store`)
    return s
  }

  storeIds(): string[] {
    return [...this.stores_.keys()]
  }

  protected db_(ctx: Context) {
    const manager = (ctx.transactionManager ?? ctx.manager) as SqlEntityManager
    const knex = manager.getKnex()
    const trx = manager.getTransactionContext()
    return (table: string) => (trx ? knex(table).transacting(trx as any) : knex(table))
  }

  protected async lock_(ctx: Context, id: string): Promise<RepairRow> {
    const row = await this.db_(ctx)(T.repair).where({ id, deleted_at: null }).forUpdate().first()
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair ${id} was not found`)
    return row
  }

  protected async update_(ctx: Context, id: string, patch: Partial<RepairRow>): Promise<RepairRow> {
    const [row] = await this.db_(ctx)(T.repair)
      .where({ id })
      .update({ ...patch, updated_at: this.now() })
      .returning("*")
    return row
  }

  protected async audit_(ctx: Context, repairId: string, action: string, actor: string, detail: string | null = null): Promise<string> {
    const now = this.now()
    const id = generateEntityId("", "raud")
    await this.db_(ctx)(T.audit).insert({
      id,
      repair_id: repairId,
      action,
      actor,
      detail,
      created_at: now,
      updated_at: now,
    })
    return id
  }

  /** The undo of a write that patched the repair row (`keys` as they were) and wrote audit entries. */
  protected undo_(before: RepairRow, after: RepairRow, keys: (keyof RepairRow)[], audit_ids: string[]): RepairUndo {
    return { repair_id: before.id, repair: { before: pick(before, keys), updated_at: after.updated_at }, audit_ids }
  }

  /**
   * Compensation of the locked domain writes below: undoes exactly what one of them did (see RepairUndo).
   * False, and nothing undone, when the repair row changed since.
   */
  @InjectTransactionManager()
  async undoRepairWrite(undo: RepairUndo, @MedusaContext() ctx: Context = {}): Promise<boolean> {
    const db = this.db_(ctx)
    // The repair's row lock, as the write took it; a repair erased since has nothing left to undo.
    if (!(await db(T.repair).where({ id: undo.repair_id }).forUpdate().first("id"))) return false
    if (undo.repair) {
      const before = { ...undo.repair.before } as Record<string, unknown>
      for (const k of ["return_condition", "intake_condition", "accessories"]) if (before[k]) before[k] = JSON.stringify(before[k])
      const n = await db(T.repair)
        .where({ id: undo.repair_id, updated_at: new Date(undo.repair.updated_at) })
        .update({ ...before, updated_at: this.now() })
      if (n !== 1) return false
    }
    if (undo.consent_ids?.length) await db(T.consent).whereIn("id", undo.consent_ids).delete()
    if (undo.withdrawn_consent_ids?.length) await db(T.consent).whereIn("id", undo.withdrawn_consent_ids).update({ withdrawn_at: null, withdrawn_by: null })
    if (undo.access_ids?.length) await db(T.access).whereIn("id", undo.access_ids).delete()
    if (undo.audit_ids?.length) await db(T.audit).whereIn("id", undo.audit_ids).delete()
    return true
  }

  protected checkText_(kind: TextKind, version: string, field = "text_version") {
    if (TEXT_VERSIONS[kind] !== version) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${field} ${version} is not the current ${kind} text (${TEXT_VERSIONS[kind]}); show the current text and send its version`
      )
    }
  }

  protected requireOpen_(r: RepairRow) {
    if (!OPEN_STATUSES.includes(r.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Repair ${r.id} is ${r.status}`)
    }
  }

  /** Reads a repair; 404 when it does not exist or belongs to another customer. */
  async getRepair(id: string, customerId?: string): Promise<RepairRow> {
    const [row] = (await this.listRepairOrders({ id, ...(customerId ? { customer_id: customerId } : {}) })) as unknown as RepairRow[]
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair ${id} was not found`)
    return row
  }

  // ---------------------------------------------------------------- intake

  @InjectTransactionManager()
  async createRepair(input: CreateRepairInput, @MedusaContext() ctx: Context = {}): Promise<RepairRow> {
    const db = this.db_(ctx)
    const now = this.now()
    const { credential, actor, ...fields } = input
    const id = generateEntityId("", "rep")
    const [row] = await db(T.repair)
      .insert({
        ...fields,
        accessories: JSON.stringify(fields.accessories ?? { items: [] }),
        intake_condition: JSON.stringify(fields.intake_condition),
        id,
        status: "intake",
        sequence: 0,
        credential_ciphertext: credential ? encryptText(credential, this.options_.credentialKey) : null,
        credential_set_at: credential ? now : null,
        created_at: now,
        updated_at: now,
      })
      .returning("*")
    await db(T.change).insert({
      id: generateEntityId("", "rsc"),
      repair_id: id,
      from_status: null,
      to_status: "intake",
      actor,
      created_at: now,
      updated_at: now,
    })
    if (credential) await this.audit_(ctx, id, "credential_set", actor)
    return row
  }

  /** Compensation of createRepair: removes the repair and everything recorded on it. */
  @InjectTransactionManager()
  async purgeRepair(id: string, @MedusaContext() ctx: Context = {}): Promise<void> {
    const db = this.db_(ctx)
    for (const t of [T.change, T.consent, T.access, T.backup, T.cert, T.request, T.audit]) await db(t).where({ repair_id: id }).delete()
    await db(T.repair).where({ id }).delete()
  }

  @InjectTransactionManager()
  async assignTechnician(id: string, userId: string | null, actor: string, @MedusaContext() ctx: Context = {}): Promise<RepairWrite> {
    const before = await this.lock_(ctx, id)
    this.requireOpen_(before)
    const repair = await this.update_(ctx, id, { technician_user_id: userId })
    const audit = await this.audit_(ctx, id, "technician_assigned", actor, userId)
    return { repair, undo: this.undo_(before, repair, ["technician_user_id"], [audit]) }
  }

  // ---------------------------------------------------------------- status flow

  protected async activeScopes_(ctx: Context, repairId: string): Promise<Set<ConsentScope>> {
    const rows = await this.db_(ctx)(T.consent).where({ repair_id: repairId, withdrawn_at: null }).select("scope")
    return new Set(rows.map((r: { scope: ConsentScope }) => r.scope))
  }

  protected async planBackups_(ctx: Context, r: RepairRow) {
    const plan = deletionPlan(r, this.options_.sweepDays, this.options_.minKeepDays)
    if (!plan) return
    await this.db_(ctx)(T.backup)
      .where({ repair_id: r.id, removed_at: null })
      .update({ ...plan, updated_at: this.now() })
  }

  /**
   * Moves a repair to its next status under the row lock. A refusal because a
   * file-access scope is missing is recorded in the access log (and returned, not
   * thrown, so the record survives); the caller turns it into a 4xx.
   */
  @InjectTransactionManager()
  async transition(
    input: TransitionInput & { id: string; actor: string; note?: string | null },
    @MedusaContext() ctx: Context = {}
  ): Promise<TransitionResult> {
    const db = this.db_(ctx)
    const before = await this.lock_(ctx, input.id)
    const scopes = await this.activeScopes_(ctx, before.id)
    const backups = await db(T.backup).where({ repair_id: before.id, removed_at: null }).select("store_id")
    const refusal = refuseTransition(before, input, { scopes, backupStores: backups.map((b: BackupRow) => b.store_id) })
    if (refusal?.kind === "scope") {
      await this.logAccess_(ctx, before.id, input.actor, refusal.scope, `status ${input.to}`, refusal.message)
      return { change: null, refusal }
    }
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal.message)
    const now = this.now()
    const patch = transitionPatch(before, input, now)
    if (patch.return_condition) patch.return_condition = JSON.stringify(patch.return_condition) as any
    const repair = await this.update_(ctx, before.id, patch)
    const change_id = generateEntityId("", "rsc")
    await db(T.change).insert({
      id: change_id,
      repair_id: before.id,
      from_status: before.status,
      to_status: input.to,
      actor: input.actor,
      note: input.note ?? null,
      created_at: now,
      updated_at: now,
    })
    if (before.credential_ciphertext && !repair.credential_ciphertext) await this.audit_(ctx, before.id, "credential_purged", "system")
    if (input.to === "delivered" || input.to === "cancelled") await this.planBackups_(ctx, repair)
    return { change: { before, repair, change_id }, refusal: null }
  }

  /**
   * Compensation of a transition: writes the snapshot back only while the repair
   * is exactly as the transition left it (same sequence); false when it moved on.
   * A purged credential cannot come back and stays purged.
   */
  @InjectTransactionManager()
  async restoreTransition(change: RepairChange, @MedusaContext() ctx: Context = {}): Promise<boolean> {
    const db = this.db_(ctx)
    const b = change.before
    const n = await db(T.repair)
      .where({ id: b.id, sequence: change.repair.sequence })
      .update({
        status: b.status,
        sequence: b.sequence,
        estimate_cents: b.estimate_cents,
        estimate_note: b.estimate_note,
        estimate_status: b.estimate_status,
        estimate_decided_at: b.estimate_decided_at,
        estimate_decided_via: b.estimate_decided_via,
        delivered_at: b.delivered_at,
        return_condition: b.return_condition ? JSON.stringify(b.return_condition) : null,
        closed_at: b.closed_at,
        cancelled_at: b.cancelled_at,
        updated_at: this.now(),
      })
    if (n !== 1) return false
    await db(T.change).where({ id: change.change_id }).delete()
    if (!b.delivered_at && !b.cancelled_at && !b.backup_delete_sooner_at) {
      await db(T.backup).where({ repair_id: b.id, removed_at: null }).update({ delete_on: null, delete_by: null })
    }
    return true
  }

  @InjectTransactionManager()
  async decideEstimate(
    input: { id: string; decision: "approved" | "declined"; via: Via; actor: string },
    @MedusaContext() ctx: Context = {}
  ): Promise<RepairWrite> {
    const r = await this.lock_(ctx, input.id)
    if (r.status !== "awaiting_approval" || r.estimate_status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Repair ${r.id} has no estimate awaiting a decision`)
    }
    const repair = await this.update_(ctx, r.id, {
      estimate_status: input.decision,
      estimate_decided_at: this.now(),
      estimate_decided_via: input.via,
    })
    const audit = await this.audit_(ctx, r.id, `estimate_${input.decision}`, input.actor, input.via)
    return { repair, undo: this.undo_(r, repair, ["estimate_status", "estimate_decided_at", "estimate_decided_via"], [audit]) }
  }

  // ---------------------------------------------------------------- consent (P18, P19, P20)

  @InjectTransactionManager()
  async giveConsent(
    input: { id: string; scopes: ConsentScope[]; text_version: string; method: ConsentMethod; signature_name?: string | null; actor: string },
    @MedusaContext() ctx: Context = {}
  ): Promise<{ consents: ConsentRow[]; undo: RepairUndo }> {
    this.checkText_("file_access", input.text_version)
    const scopes = [...new Set(input.scopes)]
    if (scopes.includes("none") && scopes.length > 1) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "scopes: none cannot be combined with other scopes")
    }
    if (input.method === "desk_signature" && !input.signature_name) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "signature_name is required for a desk signature")
    }
    const r = await this.lock_(ctx, input.id)
    this.requireOpen_(r)
    const active = await this.activeScopes_(ctx, r.id)
    const db = this.db_(ctx)
    const now = this.now()
    const undo: RepairUndo = { repair_id: r.id, consent_ids: [], withdrawn_consent_ids: [], audit_ids: [] }
    const withdraw = async (where: Record<string, unknown>) => {
      const ids = (
        await db(T.consent)
          .where({ repair_id: r.id, withdrawn_at: null, ...where })
          .select("id")
      ).map((c: { id: string }) => c.id)
      if (ids.length) await db(T.consent).whereIn("id", ids).update({ withdrawn_at: now, withdrawn_by: input.actor })
      undo.withdrawn_consent_ids!.push(...ids)
    }
    if (scopes.includes("none") && active.size) {
      // "No access" replaces whatever was given before.
      await withdraw({})
      active.clear()
    } else if (active.has("none")) {
      await withdraw({ scope: "none" })
      active.delete("none")
    }
    const fresh = scopes.filter((s) => !active.has(s))
    if (fresh.length) {
      const ids = fresh.map(() => generateEntityId("", "rcon"))
      undo.consent_ids!.push(...ids)
      await db(T.consent).insert(
        fresh.map((scope, i) => ({
          id: ids[i],
          repair_id: r.id,
          scope,
          text_version: input.text_version,
          method: input.method,
          signature_name: input.signature_name ?? null,
          actor: input.actor,
          given_at: now,
          created_at: now,
          updated_at: now,
        }))
      )
      undo.audit_ids!.push(await this.audit_(ctx, r.id, "consent_given", input.actor, fresh.join(",")))
    }
    return { consents: await db(T.consent).where({ repair_id: r.id }).orderBy("given_at"), undo }
  }

  /** Withdraws the given scopes (all when none are named); every later access needing them is refused. */
  @InjectTransactionManager()
  async withdrawConsent(input: { id: string; scopes?: ConsentScope[]; actor: string }, @MedusaContext() ctx: Context = {}) {
    const r = await this.lock_(ctx, input.id)
    const db = this.db_(ctx)
    const q = db(T.consent).where({ repair_id: r.id, withdrawn_at: null })
    if (input.scopes?.length) q.whereIn("scope", input.scopes)
    const ids = (await q.select("id")).map((c: { id: string }) => c.id)
    const undo: RepairUndo = { repair_id: r.id, withdrawn_consent_ids: ids, audit_ids: [] }
    if (ids.length) {
      await db(T.consent).whereIn("id", ids).update({ withdrawn_at: this.now(), withdrawn_by: input.actor })
      undo.audit_ids!.push(await this.audit_(ctx, r.id, "consent_withdrawn", input.actor, input.scopes?.join(",") ?? "all"))
    }
    return { consents: (await db(T.consent).where({ repair_id: r.id }).orderBy("given_at")) as ConsentRow[], undo }
  }

  protected async logAccess_(ctx: Context, repairId: string, actor: string, scope: string, reason: string, refusal: string | null) {
    const now = this.now()
    const [row] = await this.db_(ctx)(T.access)
      .insert({
        id: generateEntityId("", "rfa"),
        repair_id: repairId,
        actor,
        scope,
        reason,
        allowed: refusal === null,
        refusal,
        created_at: now,
        updated_at: now,
      })
      .returning("*")
    return row
  }

  /**
   * Records an access to the customer's files. Allowed only under an active grant
   * of the scope; a refused attempt is recorded too (allowed = false).
   */
  @InjectTransactionManager()
  async recordFileAccess(
    input: { id: string; scope: ConsentScope; reason: string; actor: string },
    @MedusaContext() ctx: Context = {}
  ): Promise<{ access: Record<string, unknown> & { id: string }; allowed: boolean; message: string | null }> {
    const r = await this.lock_(ctx, input.id)
    const scopes = await this.activeScopes_(ctx, r.id)
    let refusal: string | null = null
    if (!OPEN_STATUSES.includes(r.status)) refusal = `repair ${r.id} is ${r.status}; no file access is allowed`
    else if (!scopes.has(input.scope)) refusal = `consent scope ${input.scope} is missing`
    const access = await this.logAccess_(ctx, r.id, input.actor, input.scope, input.reason, refusal)
    return { access, allowed: refusal === null, message: refusal }
  }

  @InjectTransactionManager()
  async acknowledgeVisibility(input: { id: string; text_version: string; via: Via; actor: string }, @MedusaContext() ctx: Context = {}): Promise<RepairWrite> {
    this.checkText_("visibility", input.text_version)
    const r = await this.lock_(ctx, input.id)
    this.requireOpen_(r)
    const repair = await this.update_(ctx, r.id, {
      visibility_ack_version: input.text_version,
      visibility_ack_at: this.now(),
      visibility_ack_via: input.via,
    })
    const audit = await this.audit_(ctx, r.id, "visibility_acknowledged", input.actor, input.text_version)
    return { repair, undo: this.undo_(r, repair, ["visibility_ack_version", "visibility_ack_at", "visibility_ack_via"], [audit]) }
  }

  /** The customer's explicit permission to wipe without a backup (P20), with its own text version. */
  @InjectTransactionManager()
  async allowPermanentDeletion(input: { id: string; text_version: string; via: Via; actor: string }, @MedusaContext() ctx: Context = {}): Promise<RepairWrite> {
    this.checkText_("permanent_deletion", input.text_version)
    const r = await this.lock_(ctx, input.id)
    this.requireOpen_(r)
    if (r.status === "in_progress") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Repair ${r.id} is already in progress`)
    const repair = await this.update_(ctx, r.id, { permanent_deletion_version: input.text_version, permanent_deletion_at: this.now() })
    const audit = await this.audit_(ctx, r.id, "permanent_deletion_allowed", input.actor, input.text_version)
    return { repair, undo: this.undo_(r, repair, ["permanent_deletion_version", "permanent_deletion_at"], [audit]) }
  }

  // ---------------------------------------------------------------- device credentials

  /** The device password encrypted with `credentialKey` (AES-256-GCM): what a workflow gets, never the password. */
  encryptCredential(secret: string): string {
    return encryptText(secret, this.options_.credentialKey)
  }

  /** Stores an encrypted device password (see encryptCredential). */
  @InjectTransactionManager()
  async setCredential(input: { id: string; ciphertext: string; actor: string }, @MedusaContext() ctx: Context = {}): Promise<RepairWrite> {
    const r = await this.lock_(ctx, input.id)
    this.requireOpen_(r)
    const repair = await this.update_(ctx, r.id, {
      credential_ciphertext: input.ciphertext,
      credential_set_at: this.now(),
      credential_purged_at: null,
    })
    const audit = await this.audit_(ctx, r.id, "credential_set", input.actor)
    return { repair, undo: this.undo_(r, repair, ["credential_ciphertext", "credential_set_at", "credential_purged_at"], [audit]) }
  }

  /**
   * Audits a read of the device password: allowed for the assigned technician only (a refusal is audited
   * too, and returned so the record survives). The password itself is decrypted afterwards by
   * readCredential, outside any workflow.
   */
  @InjectTransactionManager()
  async auditCredentialRead(input: { id: string; user_id: string }, @MedusaContext() ctx: Context = {}): Promise<{ audit_id: string; refusal: string | null }> {
    const r = await this.lock_(ctx, input.id)
    const actor = `user:${input.user_id}`
    if (r.technician_user_id !== input.user_id) {
      const audit_id = await this.audit_(ctx, r.id, "credential_read_refused", actor)
      return { audit_id, refusal: `Only the technician assigned to repair ${r.id} can read its device password` }
    }
    if (!r.credential_ciphertext) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair ${r.id} has no device password`)
    return { audit_id: await this.audit_(ctx, r.id, "credential_read", actor), refusal: null }
  }

  /** The decrypted device password of a repair (a read; auditCredentialRead audits it first). */
  async readCredential(id: string): Promise<string> {
    const r = await this.getRepair(id)
    if (!r.credential_ciphertext) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair ${r.id} has no device password`)
    return decryptText(r.credential_ciphertext, this.options_.credentialKey)
  }

  // ---------------------------------------------------------------- backups (P20)

  /** Checks that a backup may be registered now, before any file is touched. */
  @InjectTransactionManager()
  async checkBackupAllowed(id: string, @MedusaContext() ctx: Context = {}) {
    const r = await this.db_(ctx)(T.repair).where({ id, deleted_at: null }).first()
    if (!r) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair ${id} was not found`)
    this.requireOpen_(r)
    const scopes = await this.activeScopes_(ctx, id)
    return { allowed: scopes.has("copy_user_data"), repair: r as RepairRow }
  }

  @InjectTransactionManager()
  async refuseBackup(id: string, actor: string, @MedusaContext() ctx: Context = {}) {
    await this.logAccess_(ctx, id, actor, "copy_user_data", "register backup", "consent scope copy_user_data is missing")
  }

  @InjectTransactionManager()
  async createBackup(
    input: { id: string; repair_id: string; category: string; store_id: string; location: string; size_bytes: number; sha256: string; actor: string },
    @MedusaContext() ctx: Context = {}
  ): Promise<BackupRow> {
    const r = await this.lock_(ctx, input.repair_id)
    this.requireOpen_(r)
    const scopes = await this.activeScopes_(ctx, r.id)
    if (!scopes.has("copy_user_data")) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "consent scope copy_user_data is missing")
    }
    const now = this.now()
    const store = this.store(input.store_id)
    const plan = deletionPlan(r, this.options_.sweepDays, this.options_.minKeepDays)
    const [row] = await this.db_(ctx)(T.backup)
      .insert({
        id: input.id,
        repair_id: r.id,
        category: input.category,
        store_id: input.store_id,
        location: input.location,
        size_bytes: input.size_bytes,
        raw_size_bytes: JSON.stringify({ value: String(input.size_bytes), precision: 20 }),
        sha256: input.sha256.toLowerCase(),
        key_ref: store.keyRef,
        created_by: input.actor,
        delete_on: plan?.delete_on ?? null,
        delete_by: plan?.delete_by ?? null,
        created_at: now,
        updated_at: now,
      })
      .returning("*")
    await this.logAccess_(ctx, r.id, input.actor, "copy_user_data", `backup ${input.category} to ${input.store_id}`, null)
    return row
  }

  @InjectTransactionManager()
  async removeBackupRow(id: string, @MedusaContext() ctx: Context = {}) {
    await this.db_(ctx)(T.backup).where({ id, removed_at: null }).delete()
  }

  // ---------------------------------------------------------------- wishes (P21, P22)

  protected async request_(
    ctx: Context,
    r: RepairRow,
    kind: string,
    via: Via,
    actor: string,
    extra: { keep_until?: Date | null; own_risk_text_version?: string | null; text?: string | null }
  ) {
    const now = this.now()
    const [row] = await this.db_(ctx)(T.request)
      .insert({ id: generateEntityId("", "rreq"), repair_id: r.id, kind, via, actor, ...extra, created_at: now, updated_at: now })
      .returning("*")
    return row
  }

  /** Keep backups until a date (bounded by maxKeepDays after delivery, or after today before delivery). */
  @InjectTransactionManager()
  async requestKeepLonger(input: { id: string; keep_until: Date; via: Via; actor: string }, @MedusaContext() ctx: Context = {}) {
    const r = await this.lock_(ctx, input.id)
    const base = r.delivered_at ? new Date(r.delivered_at) : this.now()
    const limit = addDays(base, this.options_.maxKeepDays)
    const today = dayOf(this.now())
    if (dayOf(input.keep_until) > limit) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `keep_until may be at most ${limit.toISOString().slice(0, 10)}`)
    }
    if (dayOf(input.keep_until) < today) throw new MedusaError(MedusaError.Types.INVALID_DATA, "keep_until must not be in the past")
    await this.requireLiveBackupsOrOpen_(ctx, r)
    const repair = await this.update_(ctx, r.id, { backup_keep_until: dayOf(input.keep_until), backup_delete_sooner_at: null })
    await this.planBackups_(ctx, repair)
    return { repair, request: await this.request_(ctx, r, "keep_longer", input.via, input.actor, { keep_until: dayOf(input.keep_until) }) }
  }

  /** Delete backups at the next run, at the customer's own risk (acknowledged text version). */
  @InjectTransactionManager()
  async requestDeleteSooner(input: { id: string; text_version: string; via: Via; actor: string }, @MedusaContext() ctx: Context = {}) {
    this.checkText_("early_deletion", input.text_version)
    const r = await this.lock_(ctx, input.id)
    await this.requireLiveBackupsOrOpen_(ctx, r)
    const repair = await this.update_(ctx, r.id, { backup_delete_sooner_at: this.now(), backup_keep_until: null })
    await this.planBackups_(ctx, repair)
    return {
      repair,
      request: await this.request_(ctx, r, "delete_sooner", input.via, input.actor, { own_risk_text_version: input.text_version }),
    }
  }

  protected async requireLiveBackupsOrOpen_(ctx: Context, r: RepairRow) {
    if (OPEN_STATUSES.includes(r.status)) return
    const live = await this.db_(ctx)(T.backup).where({ repair_id: r.id, removed_at: null }).first("id")
    if (!live) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Repair ${r.id} has no backups left`)
  }

  /** A free-text wish about the customer's data, shown prominently to the technician. */
  @InjectTransactionManager()
  async addDataWish(input: { id: string; text: string; via: Via; actor: string }, @MedusaContext() ctx: Context = {}) {
    const r = await this.lock_(ctx, input.id)
    this.requireOpen_(r)
    const joined = r.data_wishes ? `${r.data_wishes}\n${input.text}` : input.text
    const repair = await this.update_(ctx, r.id, { data_wishes: joined })
    return { repair, request: await this.request_(ctx, r, "data_wish", input.via, input.actor, { text: input.text }) }
  }

  // ---------------------------------------------------------------- deletion sweep

  /**
   * Starts a sweep run. Runs that never finished (killed process) are marked interrupted, their claims
   * expire by time. Returns the run and the ids of the runs it marked (for the compensation).
   */
  @InjectTransactionManager()
  async startSweepRun(trigger: string, @MedusaContext() ctx: Context = {}) {
    const now = this.now()
    const db = this.db_(ctx)
    const interrupted: string[] = (
      await db(T.run)
        .where({ status: "running" })
        .andWhere("started_at", "<", new Date(now.getTime() - this.options_.claimTimeoutMinutes * 60_000))
        .update({ status: "interrupted", finished_at: now })
        .returning("id")
    ).map((r: { id: string }) => r.id)
    const [run] = await db(T.run)
      .insert({ id: generateEntityId("", "rsw"), started_at: now, status: "running", deleted: 0, trigger, created_at: now, updated_at: now })
      .returning("*")
    return { run: run as { id: string; started_at: Date }, interrupted_ids: interrupted }
  }

  /** Compensation of startSweepRun: removes the run (while still running) and reopens the runs it marked. */
  @InjectTransactionManager()
  async undoSweepRunStart(input: { run_id: string; interrupted_ids: string[] }, @MedusaContext() ctx: Context = {}) {
    const db = this.db_(ctx)
    await db(T.run).where({ id: input.run_id, status: "running" }).delete()
    if (input.interrupted_ids.length) {
      await db(T.run).whereIn("id", input.interrupted_ids).where({ status: "interrupted" }).update({ status: "running", finished_at: null })
    }
  }

  /** Closes a run; returns what it was before (for the compensation). */
  @InjectTransactionManager()
  async finishSweepRun(id: string, status: "completed" | "failed", deleted: number, @MedusaContext() ctx: Context = {}) {
    const db = this.db_(ctx)
    const before = await db(T.run).where({ id }).forUpdate().first("status", "deleted", "finished_at")
    await db(T.run).where({ id }).update({ status, deleted, finished_at: this.now() })
    return before as { status: string; deleted: number; finished_at: Date | null } | undefined
  }

  /** Compensation of finishSweepRun. */
  @InjectTransactionManager()
  async reopenSweepRun(id: string, before: { status: string; deleted: number; finished_at: Date | string | null }, @MedusaContext() ctx: Context = {}) {
    await this.db_(ctx)(T.run)
      .where({ id })
      .update({ status: before.status, deleted: before.deleted, finished_at: before.finished_at ? new Date(before.finished_at) : null })
  }

  /**
   * Claims up to `limit` due backups for a run: not deleted, due today or earlier,
   * and unclaimed or claimed by a run whose claim timed out. SKIP LOCKED keeps two
   * concurrent runs from claiming the same row. Returns ids and the claim each row
   * had before (no locations: the result lands in a workflow checkpoint).
   */
  @InjectTransactionManager()
  async claimDueBackups(
    runId: string,
    limit: number,
    @MedusaContext() ctx: Context = {}
  ): Promise<{ id: string; previous_run_id: string | null; previous_claimed_at: Date | null }[]> {
    const now = this.now()
    const stale = new Date(now.getTime() - this.options_.claimTimeoutMinutes * 60_000)
    const db = this.db_(ctx)
    const due: { id: string; claim_run_id: string | null; claimed_at: Date | null }[] = await db(T.backup)
      .select("id", "claim_run_id", "claimed_at")
      .whereNull("removed_at")
      .where("delete_on", "<=", now)
      .andWhere((q) => q.whereNull("claim_run_id").orWhere("claimed_at", "<", stale))
      .orderBy("delete_on")
      .limit(limit)
      .forUpdate()
      .skipLocked()
    if (!due.length) return []
    // The rows stay locked until this transaction commits, so the update claims exactly what was selected.
    await db(T.backup)
      .whereIn(
        "id",
        due.map((b) => b.id)
      )
      .update({ claim_run_id: runId, claimed_at: now })
    return due.map((b) => ({ id: b.id, previous_run_id: b.claim_run_id, previous_claimed_at: b.claimed_at }))
  }

  /** Compensation of claimDueBackups: gives back the claims this run still holds on backups not deleted. */
  @InjectTransactionManager()
  async releaseBackupClaims(
    runId: string,
    claims: { id: string; previous_run_id: string | null; previous_claimed_at: Date | string | null }[],
    @MedusaContext() ctx: Context = {}
  ) {
    const db = this.db_(ctx)
    for (const c of claims) {
      await db(T.backup)
        .where({ id: c.id, claim_run_id: runId, removed_at: null })
        .update({ claim_run_id: c.previous_run_id, claimed_at: c.previous_claimed_at ? new Date(c.previous_claimed_at) : null })
    }
  }

  /**
   * Marks a claimed backup deleted and writes its certificate, once: only the run
   * holding the claim can do it, and the certificate's unique backup id keeps a
   * second one out. Null when another run got there first.
   */
  @InjectTransactionManager()
  async completeDeletion(input: { backup_id: string; run_id: string; verified_absent: boolean; reason: string }, @MedusaContext() ctx: Context = {}) {
    const db = this.db_(ctx)
    const now = this.now()
    const b: BackupRow | undefined = await db(T.backup).where({ id: input.backup_id }).first()
    if (!b) return null
    const n = await db(T.backup).where({ id: b.id, removed_at: null, claim_run_id: input.run_id }).update({ removed_at: now, updated_at: now })
    if (n !== 1) return null
    const [cert] = await db(T.cert)
      .insert({
        id: generateEntityId("", "rdc"),
        backup_id: b.id,
        repair_id: b.repair_id,
        category: b.category,
        store_id: b.store_id,
        location: b.location,
        sha256: b.sha256,
        size_bytes: b.size_bytes,
        raw_size_bytes: JSON.stringify({ value: String(b.size_bytes), precision: 20 }),
        removed_at: now,
        verified_absent: input.verified_absent,
        run_id: input.run_id,
        reason: input.reason,
        created_at: now,
        updated_at: now,
      })
      .returning("*")
    return cert as { id: string; backup_id: string }
  }

  /** Compensation of completeDeletion: removes the certificate and the deletion mark it wrote. */
  @InjectTransactionManager()
  async undoDeletion(input: { certificate_id: string; backup_id: string; run_id: string }, @MedusaContext() ctx: Context = {}) {
    const db = this.db_(ctx)
    const n = await db(T.cert).where({ id: input.certificate_id, backup_id: input.backup_id, run_id: input.run_id }).delete()
    if (n) await db(T.backup).where({ id: input.backup_id, claim_run_id: input.run_id }).update({ removed_at: null, updated_at: this.now() })
  }

  protected deletionMailDue_(ctx: Context) {
    const db = this.db_(ctx)
    const live = db(T.backup).select("repair_id").whereNull("removed_at")
    const done = db(T.cert).select("repair_id")
    return db(T.repair).whereNull("backup_deletion_mailed_at").whereIn("id", done).whereNotIn("id", live)
  }

  /** Repairs whose backups are all deleted and whose customer was not told yet (a read; ids only). */
  @InjectManager()
  async listDeletionMailsDue(@MedusaContext() ctx: Context = {}): Promise<string[]> {
    return (await this.deletionMailDue_(ctx).select("id")).map((r: { id: string }) => r.id)
  }

  /**
   * Claims the "backups deleted" mail of one repair: marks it told, once (a second run's update finds the
   * mark set). The mark's time, or null when it was not due or another run claimed it.
   */
  @InjectTransactionManager()
  async claimDeletionMail(repairId: string, @MedusaContext() ctx: Context = {}): Promise<Date | null> {
    const now = this.now()
    const n = await this.deletionMailDue_(ctx).where({ id: repairId }).update({ backup_deletion_mailed_at: now })
    return n === 1 ? now : null
  }

  /** Compensation of claimDeletionMail: the mark back off, when it is still this claim's. */
  @InjectTransactionManager()
  async releaseDeletionMail(repairId: string, claimedAt: Date | string, @MedusaContext() ctx: Context = {}) {
    await this.db_(ctx)(T.repair)
      .where({ id: repairId, backup_deletion_mailed_at: new Date(claimedAt) })
      .update({ backup_deletion_mailed_at: null })
  }

  /** Backups past the last day the promise allows, not alerted yet; marks them alerted (ids only). */
  @InjectTransactionManager()
  async claimOverdueAlerts(@MedusaContext() ctx: Context = {}): Promise<{ claimed_at: Date; backups: { id: string; repair_id: string }[] }> {
    const now = this.now()
    const backups = await this.db_(ctx)(T.backup)
      .whereNull("removed_at")
      .whereNull("overdue_alerted_at")
      .where("delete_by", "<=", now)
      .update({ overdue_alerted_at: now })
      .returning(["id", "repair_id"])
    return { claimed_at: now, backups }
  }

  /** Compensation of claimOverdueAlerts: the alert marks back off, where they are still this claim's. */
  @InjectTransactionManager()
  async releaseOverdueAlerts(ids: string[], claimedAt: Date | string, @MedusaContext() ctx: Context = {}) {
    if (!ids.length) return
    await this.db_(ctx)(T.backup)
      .whereIn("id", ids)
      .where({ overdue_alerted_at: new Date(claimedAt) })
      .update({ overdue_alerted_at: null })
  }

  // ---------------------------------------------------------------- reads

  /** A repair's consent grants and withdrawals, oldest first. */
  async consentsOf(id: string) {
    return this.listRepairConsents({ repair_id: id }, { order: { given_at: "ASC" } })
  }

  /** Everything recorded on a repair, for the admin view, the receipt and exports. */
  async dossier(id: string) {
    const repair = await this.getRepair(id)
    const by = { repair_id: id }
    const order = { order: { created_at: "ASC" as const } }
    const [history, consents, accesses, backups, certificates, requests, audits] = await Promise.all([
      this.listRepairStatusChanges(by, order),
      this.listRepairConsents(by, { order: { given_at: "ASC" } }),
      this.listRepairFileAccesses(by, order),
      this.listRepairBackups(by, order),
      this.listRepairDeletionCertificates(by, order),
      this.listRepairRequests(by, order),
      this.listRepairAudits(by, order),
    ])
    return { repair, history, consents, accesses, backups, certificates, requests, audits }
  }

  // ---------------------------------------------------------------- privacy contract

  getPersonalDataDescriptor(): PersonalDataDescriptor {
    return {
      module: "repair",
      entities: [
        {
          entity: "repair_order",
          personal_fields: ["customer_id", "device_serial", "problem", "intake_condition", "return_condition", "data_wishes", "credential_ciphertext"],
          description: "Repair orders: device, problem, condition, the customer's data wishes; device password encrypted until delivery",
        },
        { entity: "repair_status_change", personal_fields: ["actor", "note"], description: "Status history" },
        { entity: "repair_consent", personal_fields: ["signature_name", "actor"], description: "File-access consent grants and withdrawals" },
        { entity: "repair_file_access", personal_fields: ["reason"], description: "Log of accesses to the customer's files" },
        {
          entity: "repair_backup",
          personal_fields: ["location"],
          description: "Backup copies of the customer's data (the files themselves are in the backup stores)",
        },
        { entity: "repair_deletion_certificate", personal_fields: [], description: "Proof of deletion of each backup" },
        { entity: "repair_request", personal_fields: ["text", "actor"], description: "Requests: keep longer, delete sooner, data-handling wishes" },
        { entity: "repair_audit", personal_fields: ["actor"], description: "Audit of sensitive actions (credential reads, consent)" },
      ],
    }
  }

  /** The one selection export and erasure share: every repair of the subjects. */
  protected async repairsOf_(subjects: PrivacySubject[]): Promise<RepairRow[]> {
    const ids = subjects.map((s) => s.customer_id).filter((v): v is string => !!v)
    if (!ids.length) return []
    return (await this.listRepairOrders({ customer_id: ids })) as unknown as RepairRow[]
  }

  async exportSubjectData(subject: PrivacySubject): Promise<SubjectDataExport> {
    const repairs = await this.repairsOf_([subject])
    const entities: Record<string, Record<string, unknown>[]> = {
      repair_order: [],
      repair_status_change: [],
      repair_consent: [],
      repair_file_access: [],
      repair_backup: [],
      repair_deletion_certificate: [],
      repair_request: [],
      repair_audit: [],
    }
    for (const r of repairs) {
      const d = await this.dossier(r.id)
      const { credential_ciphertext, ...repair } = d.repair
      entities.repair_order.push({ ...repair, has_device_password: !!credential_ciphertext })
      entities.repair_status_change.push(...(d.history as any[]))
      entities.repair_consent.push(...(d.consents as any[]))
      entities.repair_file_access.push(...(d.accesses as any[]))
      entities.repair_backup.push(...(d.backups as any[]))
      entities.repair_deletion_certificate.push(...(d.certificates as any[]))
      entities.repair_request.push(...(d.requests as any[]))
      entities.repair_audit.push(...(d.audits as any[]))
    }
    return { module: "repair", entities: JSON.parse(JSON.stringify(entities)) }
  }

  async getLegalHolds(subject: PrivacySubject): Promise<LegalHold[]> {
    return (await this.getLegalHoldsForSubjects([subject]))[0]
  }

  /** An open repair, or a backup not yet deleted, holds the subject's erasure. */
  async getLegalHoldsForSubjects(subjects: PrivacySubject[]): Promise<LegalHold[][]> {
    const repairs = await this.repairsOf_(subjects)
    const live = repairs.length ? ((await this.listRepairBackups({ repair_id: repairs.map((r) => r.id), removed_at: null })) as unknown as BackupRow[]) : []
    return subjects.map((s) => {
      const own = repairs.filter((r) => s.customer_id && r.customer_id === s.customer_id)
      const holds: LegalHold[] = []
      for (const r of own) {
        if (OPEN_STATUSES.includes(r.status)) holds.push({ module: "repair", reason: `repair is ${r.status}`, reference: r.id })
        if (live.some((b) => b.repair_id === r.id)) holds.push({ module: "repair", reason: "backup not yet deleted", reference: r.id })
      }
      return holds
    })
  }

  async eraseSubjectData(subject: PrivacySubject): Promise<SubjectErasureResult> {
    return this.eraseSubjectsData([subject])
  }

  /**
   * Erases finished repairs whose backups are all gone, with everything recorded
   * on them; deletion certificates stay (they hold no personal data and prove the
   * deletion). Held repairs are skipped. Idempotent.
   */
  @InjectTransactionManager()
  async eraseSubjectsData(subjects: PrivacySubject[], @MedusaContext() ctx: Context = {}): Promise<SubjectErasureResult> {
    const db = this.db_(ctx)
    const erased: Record<string, number> = {
      repair_order: 0,
      repair_status_change: 0,
      repair_consent: 0,
      repair_file_access: 0,
      repair_backup: 0,
      repair_request: 0,
      repair_audit: 0,
    }
    const ids = subjects.map((s) => s.customer_id).filter((v): v is string => !!v)
    if (!ids.length) return { module: "repair", erased, anonymized: {} }
    const live = db(T.backup).select("repair_id").whereNull("removed_at")
    const rows: RepairRow[] = await db(T.repair).whereIn("customer_id", ids).whereIn("status", FINISHED).whereNotIn("id", live).forUpdate()
    const repairIds = rows.map((r) => r.id)
    if (!repairIds.length) return { module: "repair", erased, anonymized: {} }
    erased.repair_status_change = await db(T.change).whereIn("repair_id", repairIds).delete()
    erased.repair_consent = await db(T.consent).whereIn("repair_id", repairIds).delete()
    erased.repair_file_access = await db(T.access).whereIn("repair_id", repairIds).delete()
    erased.repair_backup = await db(T.backup).whereIn("repair_id", repairIds).delete()
    erased.repair_request = await db(T.request).whereIn("repair_id", repairIds).delete()
    erased.repair_audit = await db(T.audit).whereIn("repair_id", repairIds).delete()
    erased.repair_order = await db(T.repair).whereIn("id", repairIds).delete()
    return { module: "repair", erased, anonymized: {} }
  }
}

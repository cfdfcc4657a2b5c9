import { warnWithoutEmailProvider } from "../../utils/email-provider"
import { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService, Modules } from "@medusajs/framework/utils"
import { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import Review from "./models/review"
import ReviewAudit from "./models/review-audit"
import ReviewCheckText from "./models/review-check-text"
import ReviewFileDeletion from "./models/review-file-deletion"
import ReviewOptOut from "./models/review-opt-out"
import ReviewPhoto from "./models/review-photo"
import ReviewPolicyVersion from "./models/review-policy-version"
import ReviewRequest from "./models/review-request"
import ReviewSummary from "./models/review-summary"
import ReviewVote from "./models/review-vote"
import { parseReviewOptions, ResolvedReviewOptions, ReviewPluginOptions } from "./options"
import { ACTION_FROM, ACTION_TO, isFinallyRejected, preCheckFlags, reasonOf, summaryDelta, SummaryChange } from "./rules"
import {
  CheckTextRow,
  IdentityChoice,
  ModerationAction,
  PersonalDataDescriptor,
  PhotoRow,
  PolicyContent,
  PolicyRow,
  PrivacySubject,
  ReviewContent,
  ReviewRow,
  SubjectDataExport,
  SubjectErasureResult,
  Transition,
  Verification,
  VoteRow,
} from "./types"

const T = {
  review: "review",
  summary: "review_summary",
  vote: "review_vote",
  photo: "review_photo",
  audit: "review_audit",
  policy: "review_policy_version",
  check: "review_check_text",
  fileDeletion: "review_file_deletion",
  request: "review_request",
  optOut: "review_opt_out",
} as const

const STAR_COLUMNS = ["star_1", "star_2", "star_3", "star_4", "star_5"] as const

export type SubmitInput = ReviewContent & {
  customer_id: string
  product_id: string
  identity?: IdentityChoice
  pseudonym?: string | null
  verification: Verification
  purchased_at: string | null
}
export type EditInput = Partial<ReviewContent> & {
  review_id: string
  customer_id: string
  verification: Verification
  purchased_at: string | null
}
export type ModerateInput = {
  review_id: string
  action: ModerationAction
  reason_code?: string | null
  note?: string | null
  actor: string
}
export type StoredPhoto = {
  file_id: string
  url: string
  mime_type: string
  size_bytes: number
  width: number
  height: number
}
/** What claimDueRequests wrote: ids and timestamps only (the workflow checkpoints it). */
export type RequestClaim = {
  claimed: { id: string; order_id: string; customer_id: string }[]
  skipped_ids: string[]
  claimed_at: Date
  previous_updated_at: Record<string, Date>
}
export type TransitionResult = Transition & {
  created: boolean
  vote_added?: boolean
}

/**
 * The review module. Every change to a review is a locked transition in one
 * transaction: lock the row, check, write the row, the product's summary row,
 * the audit entry, and any photo/vote rows. Each returns a Transition that
 * `revertTransition` undoes exactly (the workflows' compensation).
 */
export default class ReviewModuleService extends MedusaService({
  Review,
  ReviewSummary,
  ReviewVote,
  ReviewPhoto,
  ReviewAudit,
  ReviewPolicyVersion,
  ReviewCheckText,
  ReviewFileDeletion,
  ReviewRequest,
  ReviewOptOut,
}) {
  protected readonly options_: ResolvedReviewOptions
  protected readonly container_: Record<string, any>
  protected clockOffsetMs_ = 0

  constructor(container: Record<string, unknown>, options?: ReviewPluginOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.container_ = container
    this.options_ = parseReviewOptions(options)
    this.bootCradle_ = container
  }

  protected readonly bootCradle_: Record<string, unknown>

  /** Medusa's module lifecycle: warn at boot when the shop cannot send e-mail (utils/email-provider). */
  __hooks = {
    onApplicationStart: async () => warnWithoutEmailProvider(this.bootCradle_),
  }

  getOptions(): ResolvedReviewOptions {
    return this.options_
  }

  /** The plugin's one clock: server time plus an offset tests may set. */
  now(): Date {
    return new Date(Date.now() + this.clockOffsetMs_)
  }

  setClockOffset(ms: number) {
    this.clockOffsetMs_ = ms
  }

  protected db_(ctx: Context) {
    const manager = (ctx.transactionManager ?? ctx.manager) as SqlEntityManager
    const knex = manager.getKnex()
    const trx = manager.getTransactionContext()
    const q = (table: string) => (trx ? knex(table).transacting(trx as any) : knex(table))
    const raw = (sql: string, bindings: readonly unknown[] = []) =>
      trx ? knex.raw(sql, bindings as any).transacting(trx as any) : knex.raw(sql, bindings as any)
    /** An SQL expression used as a value inside a query (bindings, never string-built). */
    const expr = (sql: string, bindings: readonly unknown[] = []) => knex.raw(sql, bindings as any)
    return Object.assign(q, { raw, expr })
  }

  protected async lockReview_(ctx: Context, id: string): Promise<ReviewRow> {
    const row = await this.db_(ctx)(T.review).where({ id, deleted_at: null }).forUpdate().first()
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${id} was not found`)
    return row
  }

  /** A customer's own review, locked; another customer's id answers exactly like an unknown one. */
  protected async lockOwnReview_(ctx: Context, id: string, customerId: string): Promise<ReviewRow> {
    const row = await this.db_(ctx)(T.review).where({ id, deleted_at: null, customer_id: customerId }).forUpdate().first()
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${id} was not found`)
    return row
  }

  protected async updateReview_(ctx: Context, id: string, patch: Partial<ReviewRow>): Promise<ReviewRow> {
    const [row] = await this.db_(ctx)(T.review)
      .where({ id })
      .update({ ...patch, updated_at: this.now() })
      .returning("*")
    return row
  }

  /** Applies summary changes with atomic increments; the review's row lock serialises its own transitions. */
  protected async applySummary_(ctx: Context, productId: string, changes: SummaryChange[]) {
    if (!changes.length) return
    const db = this.db_(ctx)
    await db.raw(
      `insert into review_summary (id, product_id, created_at, updated_at) values (?, ?, now(), now()) on conflict (product_id) where deleted_at is null do nothing`,
      [generateEntityId(undefined, "revsum"), productId]
    )
    const patch: Record<string, unknown> = { updated_at: this.now() }
    let count = 0
    let sum = 0
    const stars = [0, 0, 0, 0, 0]
    for (const c of changes) {
      count += c.sign
      sum += c.sign * c.rating
      stars[c.rating - 1] += c.sign
    }
    const inc = (col: string, n: number) => db.expr(`?? + ?`, [col, n])
    patch.review_count = inc("review_count", count)
    patch.rating_sum = inc("rating_sum", sum)
    STAR_COLUMNS.forEach((col, i) => {
      if (stars[i]) patch[col] = inc(col, stars[i])
    })
    await db(T.summary).where({ product_id: productId, deleted_at: null }).update(patch)
  }

  protected async audit_(
    ctx: Context,
    entry: {
      review_id: string
      action: string
      actor: string
      from_status?: string | null
      to_status?: string | null
      reason_code?: string | null
      policy_version?: number | null
      note?: string | null
    }
  ) {
    const id = generateEntityId(undefined, "revaud")
    const now = this.now()
    await this.db_(ctx)(T.audit).insert({
      id,
      review_id: entry.review_id,
      action: entry.action,
      actor: entry.actor,
      from_status: entry.from_status ?? null,
      to_status: entry.to_status ?? null,
      reason_code: entry.reason_code ?? null,
      policy_version: entry.policy_version ?? null,
      note: entry.note ?? null,
      created_at: now,
      updated_at: now,
    })
    return id
  }

  protected async queueFileDeletions_(ctx: Context, photos: PhotoRow[]): Promise<string[]> {
    if (!photos.length) return []
    const now = this.now()
    const rows = photos.map((p) => ({
      id: generateEntityId(undefined, "revfd"),
      file_id: p.file_id,
      created_at: now,
      updated_at: now,
    }))
    await this.db_(ctx)(T.fileDeletion).insert(rows)
    return rows.map((r) => r.id)
  }

  protected async removePhotosOf_(ctx: Context, reviewIds: string[]) {
    if (!reviewIds.length) return { photos: [] as PhotoRow[], deletions: [] as string[] }
    const photos: PhotoRow[] = await this.db_(ctx)(T.photo).whereIn("review_id", reviewIds).whereNull("deleted_at").delete().returning("*")
    return { photos, deletions: await this.queueFileDeletions_(ctx, photos) }
  }

  protected flagsOf_(content: { title?: string | null; body?: string | null }) {
    return {
      codes: preCheckFlags(`${content.title ?? ""}\n${content.body ?? ""}`, this.options_),
    }
  }

  protected transition_(partial: Partial<TransitionResult> & { review_id: string }): TransitionResult {
    return {
      before: null,
      after: null,
      audit_ids: [],
      removed_photos: [],
      removed_votes: [],
      added_photo_ids: [],
      added_vote_ids: [],
      file_deletion_ids: [],
      created: false,
      ...partial,
    }
  }

  protected contentPatch_(c: Partial<ReviewContent>) {
    const patch: Partial<ReviewRow> = {}
    if (c.rating !== undefined) patch.rating = c.rating
    if (c.title !== undefined) patch.title = c.title
    if (c.body !== undefined) patch.body = c.body
    if (c.experienced_at !== undefined) patch.experienced_at = c.experienced_at ? new Date(c.experienced_at) : null
    if (c.locale !== undefined) patch.locale = c.locale
    return patch
  }

  /**
   * Submits a review, or replaces the customer's existing review of the
   * product (one per customer per product, the unique index backs it up). A
   * replacement goes back to moderation like an edit.
   */
  @InjectTransactionManager()
  async submitReview(input: SubmitInput, @MedusaContext() ctx: Context = {}): Promise<TransitionResult> {
    const db = this.db_(ctx)
    // Serialises two submissions of one customer for one product before either reads.
    await db.raw(`select pg_advisory_xact_lock(hashtext(?))`, [`review:${input.customer_id}:${input.product_id}`])
    const existing: ReviewRow | undefined = await db(T.review)
      .where({
        customer_id: input.customer_id,
        product_id: input.product_id,
        deleted_at: null,
      })
      .forUpdate()
      .first()
    if (existing) {
      const t = await this.editLocked_(ctx, existing, { ...input, review_id: existing.id }, "replaced")
      if (input.identity !== undefined) {
        const after = await this.updateReview_(ctx, existing.id, {
          identity: input.identity,
          pseudonym: input.identity === "pseudonym" ? (input.pseudonym ?? null) : null,
        })
        t.after = after
      }
      return t
    }
    const now = this.now()
    const row = {
      id: generateEntityId(undefined, "rev"),
      product_id: input.product_id,
      customer_id: input.customer_id,
      rating: input.rating,
      title: input.title ?? null,
      body: input.body ?? null,
      experienced_at: input.experienced_at ? new Date(input.experienced_at) : null,
      locale: input.locale ?? this.options_.locale,
      status: "pending",
      identity: input.identity ?? "anonymous",
      pseudonym: input.identity === "pseudonym" ? (input.pseudonym ?? null) : null,
      verification: input.verification,
      purchased_at: input.purchased_at ? new Date(input.purchased_at) : null,
      flags: this.flagsOf_(input),
      submitted_at: now,
      created_at: now,
      updated_at: now,
    }
    const [after] = await db(T.review).insert(row).returning("*")
    const auditId = await this.audit_(ctx, {
      review_id: after.id,
      action: "submitted",
      actor: `customer:${input.customer_id}`,
      to_status: "pending",
    })
    return this.transition_({
      review_id: after.id,
      before: null,
      after,
      audit_ids: [auditId],
      created: true,
    })
  }

  /** Edits a customer's own review: back to moderation; a finally rejected review stays as it is. */
  @InjectTransactionManager()
  async editReview(input: EditInput, @MedusaContext() ctx: Context = {}): Promise<TransitionResult> {
    const before = await this.lockOwnReview_(ctx, input.review_id, input.customer_id)
    return this.editLocked_(ctx, before, input, "edited")
  }

  protected async editLocked_(ctx: Context, before: ReviewRow, input: EditInput, action: string): Promise<TransitionResult> {
    if (isFinallyRejected(before)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Review ${before.id} was rejected after a resubmission; the decision is final`)
    }
    const content = { ...before, ...this.contentPatch_(input) }
    const after = await this.updateReview_(ctx, before.id, {
      ...this.contentPatch_(input),
      status: "pending",
      verification: input.verification,
      purchased_at: input.purchased_at ? new Date(input.purchased_at) : null,
      flags: this.flagsOf_(content),
      published_at: null,
      submitted_at: this.now(),
    })
    await this.applySummary_(ctx, before.product_id, summaryDelta(before, after))
    const auditId = await this.audit_(ctx, {
      review_id: before.id,
      action: before.status === "rejected" ? "resubmitted" : action,
      actor: `customer:${input.customer_id}`,
      from_status: before.status,
      to_status: "pending",
    })
    return this.transition_({
      review_id: before.id,
      before,
      after,
      audit_ids: [auditId],
    })
  }

  /** Changes how the reviewer is named; no new moderation (the text did not change). */
  @InjectTransactionManager()
  async setIdentity(
    input: {
      review_id: string
      customer_id: string
      identity: IdentityChoice
      pseudonym?: string | null
    },
    @MedusaContext() ctx: Context = {}
  ) {
    const before = await this.lockOwnReview_(ctx, input.review_id, input.customer_id)
    const after = await this.updateReview_(ctx, before.id, {
      identity: input.identity,
      pseudonym: input.identity === "pseudonym" ? (input.pseudonym ?? null) : null,
    })
    const auditId = await this.audit_(ctx, {
      review_id: before.id,
      action: "identity_changed",
      actor: `customer:${input.customer_id}`,
      note: input.identity,
    })
    return this.transition_({
      review_id: before.id,
      before,
      after,
      audit_ids: [auditId],
    })
  }

  /** Deletes a review with its votes and photos (files queued for deletion); the audit trail keeps the fact. */
  @InjectTransactionManager()
  async deleteReview(input: { review_id: string; customer_id?: string | null; actor: string }, @MedusaContext() ctx: Context = {}) {
    const before = input.customer_id ? await this.lockOwnReview_(ctx, input.review_id, input.customer_id) : await this.lockReview_(ctx, input.review_id)
    const db = this.db_(ctx)
    const removed_votes: VoteRow[] = await db(T.vote).where({ review_id: before.id }).delete().returning("*")
    const { photos, deletions } = await this.removePhotosOf_(ctx, [before.id])
    await db(T.review).where({ id: before.id }).delete()
    await this.applySummary_(ctx, before.product_id, summaryDelta(before, null))
    const auditId = await this.audit_(ctx, {
      review_id: before.id,
      action: "deleted",
      actor: input.actor,
      from_status: before.status,
    })
    return this.transition_({
      review_id: before.id,
      before,
      after: null,
      audit_ids: [auditId],
      removed_votes,
      removed_photos: photos,
      file_deletion_ids: deletions,
    })
  }

  /**
   * A moderator's decision under the row lock: approve or reject a pending
   * review, unpublish an approved one. Reject and unpublish need a reason code of
   * the current policy. A second moderator deciding at once finds the review
   * already decided (409). Rejection removes the photos from storage.
   */
  @InjectTransactionManager()
  async moderate(input: ModerateInput, @MedusaContext() ctx: Context = {}) {
    const before = await this.lockReview_(ctx, input.review_id)
    if (before.status !== ACTION_FROM[input.action]) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Review ${before.id} is ${before.status}; only a ${ACTION_FROM[input.action]} review can be ${input.action === "approve" ? "approved" : input.action === "reject" ? "rejected" : "unpublished"}`
      )
    }
    let policyVersion: number | null = null
    if (input.action !== "approve" || input.reason_code) {
      if (!input.reason_code) throw new MedusaError(MedusaError.Types.INVALID_DATA, `reason_code is required to ${input.action} a review`)
      const policy = await this.currentPolicy_(ctx)
      if (!reasonOf(policy.content, input.reason_code)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `reason_code "${input.reason_code}" is not in moderation policy version ${policy.version}`)
      }
      policyVersion = policy.version
    }
    const now = this.now()
    const to = ACTION_TO[input.action]
    const after = await this.updateReview_(ctx, before.id, {
      status: to,
      decision_reason_code: input.reason_code ?? null,
      decision_policy_version: policyVersion,
      decision_note: input.note ?? null,
      decided_by: input.actor,
      decided_at: now,
      published_at: to === "approved" ? now : null,
      rejection_count: to === "rejected" ? before.rejection_count + 1 : before.rejection_count,
    })
    await this.applySummary_(ctx, before.product_id, summaryDelta(before, after))
    const removed = to === "rejected" ? await this.removePhotosOf_(ctx, [before.id]) : { photos: [], deletions: [] }
    const auditId = await this.audit_(ctx, {
      review_id: before.id,
      action: to,
      actor: input.actor,
      from_status: before.status,
      to_status: to,
      reason_code: input.reason_code ?? null,
      policy_version: policyVersion,
      note: input.note ?? null,
    })
    return this.transition_({
      review_id: before.id,
      before,
      after,
      audit_ids: [auditId],
      removed_photos: removed.photos,
      file_deletion_ids: removed.deletions,
    })
  }

  /** Sets (or with null removes) the merchant's public reply; audited. */
  @InjectTransactionManager()
  async setReply(input: { review_id: string; body: string | null; actor: string }, @MedusaContext() ctx: Context = {}) {
    const before = await this.lockReview_(ctx, input.review_id)
    const after = await this.updateReview_(ctx, before.id, {
      reply_body: input.body,
      reply_by: input.body ? input.actor : null,
      reply_updated_at: input.body ? this.now() : null,
    })
    const action = input.body ? (before.reply_body ? "reply_edited" : "reply_added") : "reply_removed"
    const auditId = await this.audit_(ctx, {
      review_id: before.id,
      action,
      actor: input.actor,
      note: input.body,
    })
    return this.transition_({
      review_id: before.id,
      before,
      after,
      audit_ids: [auditId],
    })
  }

  /** Toggles a customer's "helpful" vote on a published review; never on one's own. */
  @InjectTransactionManager()
  async toggleVote(input: { review_id: string; customer_id: string }, @MedusaContext() ctx: Context = {}) {
    const before = await this.lockReview_(ctx, input.review_id)
    if (before.status !== "approved") throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${input.review_id} was not found`)
    if (before.customer_id === input.customer_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `You cannot vote on your own review ${before.id}`)
    const db = this.db_(ctx)
    const removed: VoteRow[] = await db(T.vote).where({ review_id: before.id, customer_id: input.customer_id }).delete().returning("*")
    const added: string[] = []
    if (!removed.length) {
      const now = this.now()
      const id = generateEntityId(undefined, "revvt")
      await db(T.vote).insert({
        id,
        review_id: before.id,
        customer_id: input.customer_id,
        created_at: now,
        updated_at: now,
      })
      added.push(id)
    }
    const after = await this.updateReview_(ctx, before.id, {
      helpful_count: before.helpful_count + (added.length ? 1 : -1),
    })
    return {
      ...this.transition_({
        review_id: before.id,
        before,
        after,
        removed_votes: removed,
        added_vote_ids: added,
      }),
      vote_added: added.length > 0,
    }
  }

  /** Attaches a stored photo to the customer's own review; it is moderated with the review (back to pending). */
  @InjectTransactionManager()
  async addPhoto(input: { review_id: string; customer_id: string; photo: StoredPhoto }, @MedusaContext() ctx: Context = {}) {
    const before = await this.lockOwnReview_(ctx, input.review_id, input.customer_id)
    if (isFinallyRejected(before))
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Review ${before.id} was rejected after a resubmission; the decision is final`)
    const db = this.db_(ctx)
    const [{ n }] = await db(T.photo).where({ review_id: before.id, deleted_at: null }).count({ n: "*" })
    if (Number(n) >= this.options_.maxPhotos) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Review ${before.id} already has the maximum of ${this.options_.maxPhotos} photos`)
    }
    const now = this.now()
    const id = generateEntityId(undefined, "revph")
    await db(T.photo).insert({
      id,
      review_id: before.id,
      ...input.photo,
      created_at: now,
      updated_at: now,
    })
    const after = await this.updateReview_(ctx, before.id, {
      status: "pending",
      published_at: null,
      submitted_at: now,
    })
    await this.applySummary_(ctx, before.product_id, summaryDelta(before, after))
    const auditId = await this.audit_(ctx, {
      review_id: before.id,
      action: "photo_added",
      actor: `customer:${input.customer_id}`,
      from_status: before.status,
      to_status: "pending",
    })
    return this.transition_({
      review_id: before.id,
      before,
      after,
      audit_ids: [auditId],
      added_photo_ids: [id],
    })
  }

  /** Removes one photo of the customer's own review (its file queued for deletion). */
  @InjectTransactionManager()
  async removePhoto(input: { review_id: string; customer_id: string; photo_id: string }, @MedusaContext() ctx: Context = {}) {
    const before = await this.lockOwnReview_(ctx, input.review_id, input.customer_id)
    const photos: PhotoRow[] = await this.db_(ctx)(T.photo).where({ id: input.photo_id, review_id: before.id, deleted_at: null }).delete().returning("*")
    if (!photos.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Photo ${input.photo_id} was not found`)
    const deletions = await this.queueFileDeletions_(ctx, photos)
    const auditId = await this.audit_(ctx, {
      review_id: before.id,
      action: "photo_removed",
      actor: `customer:${input.customer_id}`,
    })
    return this.transition_({
      review_id: before.id,
      before,
      after: before,
      audit_ids: [auditId],
      removed_photos: photos,
      file_deletion_ids: deletions,
    })
  }

  /**
   * Compensation of any transition: only while the review is still exactly as
   * the transition left it, writes the snapshot back (re-inserting a deleted
   * review), reverses the summary change, restores removed rows and deletes
   * added ones. False when the review moved on since.
   */
  @InjectTransactionManager()
  async revertTransition(t: Transition, @MedusaContext() ctx: Context = {}): Promise<boolean> {
    const db = this.db_(ctx)
    const current: ReviewRow | undefined = await db(T.review).where({ id: t.review_id }).forUpdate().first()
    if (t.after) {
      if (!current || new Date(current.updated_at).getTime() !== new Date(t.after.updated_at).getTime()) return false
    } else if (current) return false
    const productId = (t.before ?? t.after)!.product_id
    await this.applySummary_(ctx, productId, summaryDelta(t.after ? current! : null, t.before))
    if (!t.before) {
      await db(T.review).where({ id: t.review_id }).delete()
    } else if (!t.after) {
      await db(T.review).insert(rowForInsert(t.before))
    } else {
      const { id: _id, ...snapshot } = rowForInsert(t.before)
      await db(T.review).where({ id: t.review_id }).update(snapshot)
    }
    if (t.added_photo_ids.length) await db(T.photo).whereIn("id", t.added_photo_ids).delete()
    if (t.added_vote_ids.length) await db(T.vote).whereIn("id", t.added_vote_ids).delete()
    if (t.removed_photos.length) await db(T.photo).insert(t.removed_photos.map(rowForInsert))
    if (t.removed_votes.length) await db(T.vote).insert(t.removed_votes.map(rowForInsert))
    if (t.file_deletion_ids.length) await db(T.fileDeletion).whereIn("id", t.file_deletion_ids).delete()
    if (t.audit_ids.length) await db(T.audit).whereIn("id", t.audit_ids).delete()
    return true
  }

  // ── Policy and "how we check" texts ────────────────────────────────────────

  /** Version 1 is stored by the module's migration (Migration20261203140000), so reading never writes. */
  protected async currentPolicy_(ctx: Context): Promise<PolicyRow> {
    const row: PolicyRow | undefined = await this.db_(ctx)(T.policy).whereNull("deleted_at").orderBy("version", "desc").first()
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Moderation policy version 1 was not found; run the review module's migrations")
    return row
  }

  /** The moderation policy in force (version 1 is the built-in default, stored by the migration). */
  @InjectManager()
  async getCurrentPolicy(@MedusaContext() ctx: Context = {}): Promise<PolicyRow> {
    return this.currentPolicy_(ctx)
  }

  @InjectManager()
  async getPolicyVersion(version: number, @MedusaContext() ctx: Context = {}): Promise<PolicyRow | null> {
    return (await this.db_(ctx)(T.policy).where({ version, deleted_at: null }).first()) ?? null
  }

  /** Publishes the next policy version (versions are immutable). */
  @InjectTransactionManager()
  async publishPolicy(input: { content: PolicyContent; actor: string }, @MedusaContext() ctx: Context = {}): Promise<PolicyRow> {
    const db = this.db_(ctx)
    await db.raw(`select pg_advisory_xact_lock(hashtext('review:policy'))`)
    const current = await this.currentPolicy_(ctx)
    const now = this.now()
    const [row] = await db(T.policy)
      .insert({
        id: generateEntityId(undefined, "revpol"),
        version: current.version + 1,
        content: JSON.stringify(input.content),
        published_by: input.actor,
        created_at: now,
        updated_at: now,
      })
      .returning("*")
    return row
  }

  /** Version 1 is stored by the module's migration, like the policy's. */
  protected async currentCheckText_(ctx: Context): Promise<CheckTextRow> {
    const row: CheckTextRow | undefined = await this.db_(ctx)(T.check).whereNull("deleted_at").orderBy("version", "desc").first()
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Check text version 1 was not found; run the review module's migrations")
    return row
  }

  @InjectManager()
  async getCurrentCheckText(@MedusaContext() ctx: Context = {}): Promise<CheckTextRow> {
    return this.currentCheckText_(ctx)
  }

  @InjectTransactionManager()
  async publishCheckText(input: { body_nl: string; body_en: string; actor: string }, @MedusaContext() ctx: Context = {}): Promise<CheckTextRow> {
    const db = this.db_(ctx)
    await db.raw(`select pg_advisory_xact_lock(hashtext('review:check-text'))`)
    const current = await this.currentCheckText_(ctx)
    const now = this.now()
    const [row] = await db(T.check)
      .insert({
        id: generateEntityId(undefined, "revchk"),
        version: current.version + 1,
        body_nl: input.body_nl,
        body_en: input.body_en,
        published_by: input.actor,
        created_at: now,
        updated_at: now,
      })
      .returning("*")
    return row
  }

  // ── Reads ──────────────────────────────────────────────────────────────────

  /** The summary row of a product, O(1) in the number of reviews. */
  async getSummary(productId: string) {
    const [row] = await this.listReviewSummaries({ product_id: productId }, { take: 1 })
    const stars = [1, 2, 3, 4, 5].map((s) => Number((row as any)?.[`star_${s}`] ?? 0))
    const count = Number(row?.review_count ?? 0)
    const sum = Number(row?.rating_sum ?? 0)
    return {
      product_id: productId,
      review_count: count,
      rating_sum: sum,
      average: count ? Math.round((sum / count) * 100) / 100 : null,
      histogram: stars,
    }
  }

  /**
   * Recomputes every product's summary from the approved reviews, under each
   * summary's row lock, and reports the products whose stored summary drifted.
   */
  @InjectTransactionManager()
  async repairSummaries(@MedusaContext() ctx: Context = {}) {
    const db = this.db_(ctx)
    await db.raw(`lock table review_summary in share row exclusive mode`)
    const truth: any[] = (
      await db.raw(
        `select product_id, count(*)::int as review_count, coalesce(sum(rating),0)::int as rating_sum,
          ${STAR_COLUMNS.map((c, i) => `count(*) filter (where rating = ${i + 1})::int as ${c}`).join(", ")}
         from review where status = 'approved' and deleted_at is null group by product_id`
      )
    ).rows
    const stored: any[] = await db(T.summary).whereNull("deleted_at")
    const byProduct = new Map(stored.map((s) => [s.product_id, s]))
    const drift: {
      product_id: string
      stored: Record<string, number>
      actual: Record<string, number>
    }[] = []
    const fields = ["review_count", "rating_sum", ...STAR_COLUMNS] as const
    const seen = new Set<string>()
    const inserted_ids: string[] = []
    const zero = Object.fromEntries(fields.map((f) => [f, 0]))
    for (const t of [
      ...truth,
      ...stored.filter((s) => !truth.some((x) => x.product_id === s.product_id)).map((s) => ({ product_id: s.product_id, ...zero })),
    ]) {
      if (seen.has(t.product_id)) continue
      seen.add(t.product_id)
      const s = byProduct.get(t.product_id)
      const actual = Object.fromEntries(fields.map((f) => [f, Number(t[f])]))
      const have = Object.fromEntries(fields.map((f) => [f, Number(s?.[f] ?? 0)]))
      if (fields.some((f) => actual[f] !== have[f])) {
        drift.push({ product_id: t.product_id, stored: have, actual })
        if (s)
          await db(T.summary)
            .where({ id: s.id })
            .update({ ...actual, updated_at: this.now() })
        else {
          const id = generateEntityId(undefined, "revsum")
          await db(T.summary).insert({
            id,
            product_id: t.product_id,
            ...actual,
            created_at: this.now(),
            updated_at: this.now(),
          })
          inserted_ids.push(id)
        }
      }
    }
    return { products_checked: seen.size, drift, inserted_ids }
  }

  /**
   * Compensation of repairSummaries: takes each corrected summary back by the correction it received (as
   * increments, so a review transition committed since keeps its own change) and deletes the summary rows the
   * repair created when nothing else has counted into them since.
   */
  @InjectTransactionManager()
  async undoSummaryRepair(
    undo: { drift: { product_id: string; stored: Record<string, number>; actual: Record<string, number> }[]; inserted_ids: string[] },
    @MedusaContext() ctx: Context = {}
  ) {
    const db = this.db_(ctx)
    await db.raw(`lock table review_summary in share row exclusive mode`)
    for (const d of undo.drift) {
      const patch: Record<string, unknown> = {}
      for (const [col, n] of Object.entries(d.actual)) if (d.stored[col] !== n) patch[col] = db.expr(`?? + ?`, [col, d.stored[col] - n])
      if (Object.keys(patch).length)
        await db(T.summary)
          .where({ product_id: d.product_id, deleted_at: null })
          .update({ ...patch, updated_at: this.now() })
    }
    if (undo.inserted_ids.length)
      await db(T.summary)
        .whereIn("id", undo.inserted_ids)
        .where({ review_count: 0, rating_sum: 0, ...Object.fromEntries(STAR_COLUMNS.map((c) => [c, 0])) })
        .delete()
  }

  /** One page of a product's published reviews; every filter and sort has an index on (product_id, status, …). */
  @InjectManager()
  async listPublished(
    input: {
      product_id: string
      sort: "newest" | "highest" | "lowest" | "most_helpful"
      rating?: number
      verified?: boolean
      with_photos?: boolean
      limit: number
      offset: number
    },
    @MedusaContext() ctx: Context = {}
  ): Promise<{ rows: ReviewRow[]; count: number }> {
    const db = this.db_(ctx)
    const base = () => {
      const q = db(T.review).where({
        product_id: input.product_id,
        status: "approved",
        deleted_at: null,
      })
      if (input.rating) q.andWhere({ rating: input.rating })
      if (input.verified === true) q.whereIn("verification", ["ordered", "delivered"])
      if (input.verified === false) q.andWhere({ verification: "none" })
      if (input.with_photos !== undefined) {
        const sql = `exists (select 1 from review_photo p where p.review_id = review.id and p.deleted_at is null)`
        q.whereRaw(input.with_photos ? sql : `not ${sql}`)
      }
      return q
    }
    const order: Record<typeof input.sort, [string, "asc" | "desc"][]> = {
      newest: [
        ["published_at", "desc"],
        ["id", "desc"],
      ],
      highest: [
        ["rating", "desc"],
        ["published_at", "desc"],
        ["id", "desc"],
      ],
      lowest: [
        ["rating", "asc"],
        ["published_at", "desc"],
        ["id", "desc"],
      ],
      most_helpful: [
        ["helpful_count", "desc"],
        ["published_at", "desc"],
        ["id", "desc"],
      ],
    }
    const q = base()
    for (const [col, dir] of order[input.sort]) q.orderBy(col, dir)
    const rows: ReviewRow[] = await q.limit(input.limit).offset(input.offset)
    // Without the verified/photo filters the summary row already holds the count (kept in every transition's transaction).
    if (input.verified === undefined && input.with_photos === undefined) {
      const summary = await db(T.summary).where({ product_id: input.product_id, deleted_at: null }).first()
      return {
        rows,
        count: Number(summary ? (input.rating ? summary[`star_${input.rating}`] : summary.review_count) : 0),
      }
    }
    const [{ n }] = await base().count({ n: "*" })
    return { rows, count: Number(n) }
  }

  /** Reviews for the moderation queue or a customer's own list, with filters. */
  @InjectManager()
  async listForQueue(
    input: {
      status?: string[]
      rating?: number
      flagged?: boolean
      product_id?: string
      customer_id?: string
      limit: number
      offset: number
      oldest_first?: boolean
    },
    @MedusaContext() ctx: Context = {}
  ): Promise<{ rows: ReviewRow[]; count: number }> {
    const db = this.db_(ctx)
    const base = () => {
      const q = db(T.review).whereNull("deleted_at")
      if (input.status?.length) q.whereIn("status", input.status)
      if (input.rating) q.andWhere({ rating: input.rating })
      if (input.product_id) q.andWhere({ product_id: input.product_id })
      if (input.customer_id) q.andWhere({ customer_id: input.customer_id })
      if (input.flagged === true) q.whereRaw(`jsonb_array_length(coalesce(flags->'codes', '[]'::jsonb)) > 0`)
      if (input.flagged === false) q.whereRaw(`jsonb_array_length(coalesce(flags->'codes', '[]'::jsonb)) = 0`)
      return q
    }
    const rows: ReviewRow[] = await base()
      .orderBy("submitted_at", input.oldest_first ? "asc" : "desc")
      .orderBy("id", "asc")
      .limit(input.limit)
      .offset(input.offset)
    const [{ n }] = await base().count({ n: "*" })
    return { rows, count: Number(n) }
  }

  @InjectManager()
  async getReviewRow(id: string, @MedusaContext() ctx: Context = {}): Promise<ReviewRow | null> {
    return (await this.db_(ctx)(T.review).where({ id, deleted_at: null }).first()) ?? null
  }

  @InjectManager()
  async photosOf(reviewIds: string[], @MedusaContext() ctx: Context = {}): Promise<Map<string, PhotoRow[]>> {
    const out = new Map<string, PhotoRow[]>()
    if (!reviewIds.length) return out
    const rows: PhotoRow[] = await this.db_(ctx)(T.photo).whereIn("review_id", reviewIds).whereNull("deleted_at").orderBy("created_at")
    for (const p of rows) out.set(p.review_id, [...(out.get(p.review_id) ?? []), p])
    return out
  }

  @InjectManager()
  async auditOf(reviewId: string, @MedusaContext() ctx: Context = {}) {
    return this.db_(ctx)(T.audit).where({ review_id: reviewId }).orderBy("created_at", "asc").orderBy("id", "asc")
  }

  @InjectManager()
  async listPolicies(@MedusaContext() ctx: Context = {}): Promise<PolicyRow[]> {
    return this.db_(ctx)(T.policy).whereNull("deleted_at").orderBy("version", "desc")
  }

  @InjectManager()
  async listCheckTexts(@MedusaContext() ctx: Context = {}): Promise<CheckTextRow[]> {
    return this.db_(ctx)(T.check).whereNull("deleted_at").orderBy("version", "desc")
  }

  // ── Files, review requests, opt-outs ───────────────────────────────────────

  async listPendingFileDeletions(limit = 100) {
    return (await this.listReviewFileDeletions({}, { take: limit, order: { created_at: "ASC" } })) as { id: string; file_id: string }[]
  }

  /** Records the review request of an order once (idempotent per order). */
  @InjectTransactionManager()
  async scheduleRequest(input: { order_id: string; customer_id: string; fulfilled_at: Date }, @MedusaContext() ctx: Context = {}) {
    const due = new Date(input.fulfilled_at.getTime() + this.options_.requestMail.delayDays * 86400_000)
    const now = this.now()
    await this.db_(ctx).raw(
      `insert into review_request (id, order_id, customer_id, due_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?) on conflict (order_id) where deleted_at is null do nothing`,
      [generateEntityId(undefined, "revreq"), input.order_id, input.customer_id, due, now, now]
    )
  }

  /**
   * Claims due requests (sent_at set under SKIP LOCKED so two workers never mail one twice); opted-out customers
   * are skipped (skipped_reason set). Returns the claimed requests and, for the exact undo, the skipped ids and
   * the rows' previous updated_at.
   */
  @InjectTransactionManager()
  async claimDueRequests(limit = 50, @MedusaContext() ctx: Context = {}): Promise<RequestClaim> {
    const db = this.db_(ctx)
    const now = this.now()
    const due: any[] = (
      await db.raw(
        `select r.id, r.order_id, r.customer_id, r.updated_at, (o.id is not null) as opted_out from review_request r
         left join review_opt_out o on o.customer_id = r.customer_id and o.deleted_at is null
         where r.sent_at is null and r.skipped_reason is null and r.deleted_at is null and r.due_at <= ?
         order by r.due_at limit ? for update of r skip locked`,
        [now, limit]
      )
    ).rows
    const skipped = due.filter((r) => r.opted_out).map((r) => r.id)
    const send = due.filter((r) => !r.opted_out)
    if (skipped.length) await db(T.request).whereIn("id", skipped).update({ skipped_reason: "opted_out", updated_at: now })
    if (send.length)
      await db(T.request)
        .whereIn(
          "id",
          send.map((r) => r.id)
        )
        .update({ sent_at: now, updated_at: now })
    return {
      claimed: send.map(({ id, order_id, customer_id }) => ({
        id,
        order_id,
        customer_id,
      })),
      skipped_ids: skipped,
      claimed_at: now,
      previous_updated_at: Object.fromEntries(due.map((r) => [r.id, r.updated_at])),
    }
  }

  /** Compensation of claimDueRequests: the claimed and skipped requests become due again, as they were. */
  @InjectTransactionManager()
  async unclaimRequests(
    claim: Pick<RequestClaim, "skipped_ids" | "previous_updated_at" | "claimed_at"> & { claimed_ids: string[] },
    @MedusaContext() ctx: Context = {}
  ) {
    const db = this.db_(ctx)
    for (const id of claim.claimed_ids)
      await db(T.request).where({ id, sent_at: claim.claimed_at }).update({ sent_at: null, updated_at: claim.previous_updated_at[id] })
    for (const id of claim.skipped_ids)
      await db(T.request).where({ id, skipped_reason: "opted_out" }).update({ skipped_reason: null, updated_at: claim.previous_updated_at[id] })
  }

  /** Undoes a claim whose mail could not be handed over; returns the claim's time (for the exact undo), or null. */
  @InjectTransactionManager()
  async releaseRequest(id: string, @MedusaContext() ctx: Context = {}): Promise<Date | null> {
    const db = this.db_(ctx)
    const row = await db(T.request).where({ id }).whereNotNull("sent_at").forUpdate().first()
    if (!row) return null
    await db(T.request).where({ id }).update({ sent_at: null })
    return row.sent_at
  }

  /** Compensation of releaseRequest: the claim is back, with its time. */
  @InjectTransactionManager()
  async reclaimRequest(id: string, sentAt: Date, @MedusaContext() ctx: Context = {}) {
    await this.db_(ctx)(T.request).where({ id, sent_at: null }).update({ sent_at: sentAt })
  }

  /** Records a customer's opt-out of request mails; the new row's id, or null when the customer had opted out already. */
  @InjectTransactionManager()
  async optOut(customerId: string, @MedusaContext() ctx: Context = {}): Promise<string | null> {
    const now = this.now()
    const { rows } = await this.db_(ctx).raw(
      `insert into review_opt_out (id, customer_id, created_at, updated_at) values (?, ?, ?, ?) on conflict (customer_id) where deleted_at is null do nothing returning id`,
      [generateEntityId(undefined, "revopt"), customerId, now, now]
    )
    return rows[0]?.id ?? null
  }

  // ── Privacy contract ───────────────────────────────────────────────────────

  getPersonalDataDescriptor(): PersonalDataDescriptor {
    return {
      module: "review",
      entities: [
        {
          entity: "review",
          personal_fields: ["customer_id", "identity", "pseudonym", "title", "body"],
          description: "Reviews the customer wrote (rating, text, identity choice, verification).",
        },
        {
          entity: "review_photo",
          personal_fields: ["url", "file_id"],
          description: "Photos attached to the customer's reviews.",
        },
        {
          entity: "review_vote",
          personal_fields: ["customer_id"],
          description: "Reviews the customer marked helpful.",
        },
        {
          entity: "review_audit",
          personal_fields: ["actor"],
          description: "Changes the customer made to their reviews.",
        },
        {
          entity: "review_request",
          personal_fields: ["customer_id"],
          description: "Review request mails for the customer's orders.",
        },
        {
          entity: "review_opt_out",
          personal_fields: ["customer_id"],
          description: "The customer's opt-out of review request mails.",
        },
      ],
    }
  }

  /** The one selection export and erasure share. */
  protected async subjectRows_(ctx: Context, ids: string[]) {
    const db = this.db_(ctx)
    const reviews: ReviewRow[] = await db(T.review).whereIn("customer_id", ids).whereNull("deleted_at").orderBy("created_at")
    const reviewIds = reviews.map((r) => r.id)
    const photos: PhotoRow[] = reviewIds.length ? await db(T.photo).whereIn("review_id", reviewIds).whereNull("deleted_at") : []
    const votes: VoteRow[] = await db(T.vote).whereIn("customer_id", ids).whereNull("deleted_at")
    const audit = await db(T.audit).whereIn(
      "actor",
      ids.map((id) => `customer:${id}`)
    )
    const requests = await db(T.request).whereIn("customer_id", ids).whereNull("deleted_at")
    const optOuts = await db(T.optOut).whereIn("customer_id", ids).whereNull("deleted_at")
    return { reviews, photos, votes, audit, requests, optOuts }
  }

  @InjectTransactionManager()
  async exportSubjectData(subject: PrivacySubject, @MedusaContext() ctx: Context = {}): Promise<SubjectDataExport> {
    const empty = {
      module: "review",
      entities: {
        review: [],
        review_photo: [],
        review_vote: [],
        review_audit: [],
        review_request: [],
        review_opt_out: [],
      },
    }
    // Reviews are tied to customer accounts only; an e-mail alone finds nothing here.
    if (!subject.customer_id) return empty
    const rows = await this.subjectRows_(ctx, [subject.customer_id])
    const json = (r: unknown[]) => JSON.parse(JSON.stringify(r))
    return {
      module: "review",
      entities: {
        review: json(rows.reviews),
        review_photo: json(rows.photos),
        review_vote: json(rows.votes),
        review_audit: json(rows.audit),
        review_request: json(rows.requests),
        review_opt_out: json(rows.optOuts),
      },
    }
  }

  eraseSubjectData(subject: PrivacySubject, @MedusaContext() ctx: Context = {}): Promise<SubjectErasureResult> {
    return this.eraseSubjectsData([subject], ctx)
  }

  /** Batch form of eraseSubjectData (privacy retention); the file deletions are announced after the commit. */
  async eraseSubjectsData(subjects: PrivacySubject[], @MedusaContext() ctx: Context = {}): Promise<SubjectErasureResult> {
    const { result, deletions } = await this.eraseSubjectsTx_(subjects, ctx)
    if (deletions.length) await this.announceFileDeletions_(deletions)
    return result
  }

  /**
   * Erasure: authored reviews stay with their rating and text but become
   * anonymous (no customer id, no name choice); their photos and the customer's
   * votes are deleted (helpful counts follow), the files queued for deletion from
   * storage. Idempotent; the summaries do not change (status and rating stay).
   */
  @InjectTransactionManager()
  protected async eraseSubjectsTx_(subjects: PrivacySubject[], @MedusaContext() ctx: Context = {}) {
    const result = {
      module: "review",
      erased: {
        review_photo: 0,
        review_vote: 0,
        review_request: 0,
        review_opt_out: 0,
      },
      anonymized: { review: 0, review_audit: 0 },
    }
    const ids = [...new Set(subjects.map((s) => s.customer_id).filter((id): id is string => !!id))]
    if (!ids.length) return { result, deletions: [] as string[] }
    const db = this.db_(ctx)
    const rows = await this.subjectRows_(ctx, ids)
    const now = this.now()
    const { photos, deletions } = await this.removePhotosOf_(
      ctx,
      rows.reviews.map((r) => r.id)
    )
    result.erased.review_photo = photos.length
    if (rows.reviews.length) {
      result.anonymized.review = await db(T.review)
        .whereIn(
          "id",
          rows.reviews.map((r) => r.id)
        )
        .update({
          customer_id: null,
          identity: "anonymous",
          pseudonym: null,
          anonymized_at: now,
          updated_at: now,
        })
    }
    if (rows.votes.length) {
      const perReview = new Map<string, number>()
      rows.votes.forEach((v) => perReview.set(v.review_id, (perReview.get(v.review_id) ?? 0) + 1))
      await db(T.vote)
        .whereIn(
          "id",
          rows.votes.map((v) => v.id)
        )
        .delete()
      for (const [reviewId, n] of perReview) {
        await db(T.review)
          .where({ id: reviewId })
          .update({
            helpful_count: db.expr(`greatest(helpful_count - ?, 0)`, [n]),
            updated_at: now,
          })
      }
      result.erased.review_vote = rows.votes.length
    }
    result.anonymized.review_audit = await db(T.audit)
      .whereIn(
        "actor",
        ids.map((id) => `customer:${id}`)
      )
      .update({ actor: "customer:anonymized" })
    result.erased.review_request = await db(T.request).whereIn("customer_id", ids).delete()
    result.erased.review_opt_out = await db(T.optOut).whereIn("customer_id", ids).delete()
    return { result, deletions }
  }

  /** Tells the plugin's subscriber to delete queued files (the module cannot reach the File Module). */
  protected async announceFileDeletions_(ids: string[]) {
    const bus = this.container_[Modules.EVENT_BUS]
    if (!bus) return
    await bus.emit(ids.map((id) => ({ name: "review.file_deletion.queued", data: { id } })))
  }
}

/** A row as returned by the database, ready to insert again (json columns serialised). */
function rowForInsert<R extends Record<string, any>>(row: R): R {
  const out: Record<string, any> = { ...row }
  for (const [k, v] of Object.entries(out)) {
    if (v && typeof v === "object" && !(v instanceof Date)) out[k] = JSON.stringify(v)
  }
  return out as R
}

import { warnWithoutEmailProvider } from "../../utils/email-provider"
import { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { createHmac } from "crypto"
import Contest from "./models/contest"
import ContestDrawing from "./models/contest-drawing"
import ContestEntry from "./models/contest-entry"
import ContestTerms from "./models/contest-terms"
import ContestWinner from "./models/contest-winner"
import { commitmentOf, DRAW_ALGORITHM_VERSION, drawWinners, newSeed, snapshotHashOf } from "./draw"
import { checkLimits, LimitCheck, OtherGame, totalPrizeValue } from "./limits"
import { ContestPluginOptions, parseContestOptions, ResolvedContestOptions } from "./options"
import { renderTerms, TERMS_TEMPLATE_VERSION } from "./terms"
import { ContestFields, ContestRow, DrawingRow, EntryRow, WinnerRow } from "./types"
import { contestPrivacy } from "./privacy"

export const T = {
  contest: "contest",
  terms: "contest_terms",
  entry: "contest_entry",
  drawing: "contest_drawing",
  winner: "contest_winner",
} as const

export type EnterInput = {
  contest_id: string
  customer_id: string
  first_name: string | null
  terms_version: number
  skill_answer?: string | null
  age_confirmation?: "adult" | "minor_with_parental_consent" | null
  publicity: "none" | "first_name" | "first_name_town"
  town?: string | null
  newsletter_opt_in: boolean
}

export type ResponseReport = {
  contest_id: string
  entries_total: number
  unique_entrants: number
  newsletter_opt_ins_requested: number
  entries_by_day: { date: string; count: number }[]
  order_window_days: number
  orders_within_window: number
  entrants_with_orders: number
  frozen: boolean
}

export type DrawResult = { contest: ContestRow; drawing: DrawingRow; winners: WinnerRow[]; next: DrawingRow; before: ContestRow }

/** Workflow inputs arrive serialised: dates as strings. */
const withDates = (f: ContestFields): ContestFields => ({ ...f, starts_at: new Date(f.starts_at), ends_at: new Date(f.ends_at), draw_at: new Date(f.draw_at) })
const normalize = (s: string | null | undefined) => (s ?? "").trim().toLowerCase().replace(/\s+/g, " ")
const json = (v: unknown) => JSON.stringify(v)
const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === "23505"

/**
 * The contest module: data, the clock, and the locked transitions (publish with
 * a seed commitment, entry, draw, redraw, claim). Each transition checks and
 * writes under the contest's row lock in one transaction: entries take it
 * shared, draws exclusively, so a draw waits for entries in flight and two draws
 * serialise. The flows around them (mails, events) are workflows.
 */
export default class ContestModuleService extends MedusaService({ Contest, ContestTerms, ContestEntry, ContestDrawing, ContestWinner }) {
  protected readonly options_: ResolvedContestOptions
  protected clockOffsetMs_ = 0

  constructor(container: Record<string, unknown>, options?: ContestPluginOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseContestOptions(options)
    this.bootCradle_ = container
  }

  protected readonly bootCradle_: Record<string, unknown>

  /** Medusa's module lifecycle: warn at boot when the shop cannot send e-mail (utils/email-provider). */
  __hooks = {
    onApplicationStart: async () => warnWithoutEmailProvider(this.bootCradle_),
  }

  getOptions(): ResolvedContestOptions {
    return this.options_
  }

  /** The one clock of the plugin: server time plus an offset tests may set. */
  now(): Date {
    return new Date(Date.now() + this.clockOffsetMs_)
  }

  setClockOffset(ms: number) {
    this.clockOffsetMs_ = ms
  }

  /** HMAC with the plugin secret (claim tokens, rate-limit keys). */
  sign(value: string): string {
    return createHmac("sha256", this.options_.secret).update(value).digest("base64url")
  }

  db_(ctx: Context) {
    const manager = ctx.transactionManager as SqlEntityManager
    const knex = manager.getKnex()
    const trx = manager.getTransactionContext()
    return (table: string) => (trx ? knex(table).transacting(trx as any) : knex(table))
  }

  protected async lockContest_(ctx: Context, id: string, mode: "update" | "share"): Promise<ContestRow> {
    const q = this.db_(ctx)(T.contest).where({ id, deleted_at: null })
    const row = await (mode === "update" ? q.forUpdate() : q.forShare()).first()
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Contest ${id} was not found`)
    return row
  }

  /** The code-limit checks of a contest's fields, against the other games promoting the same products. */
  @InjectTransactionManager()
  async checkFields(input: ContestFields, exceptId: string | null = null, @MedusaContext() ctx: Context = {}): Promise<LimitCheck[]> {
    const fields = withDates(input)
    let others: OtherGame[] = []
    if (fields.product_ids.length) {
      const rows: ContestRow[] = await this.db_(ctx)(T.contest)
        .whereNull("deleted_at")
        .whereNot({ status: "cancelled" })
        .where((q) => fields.product_ids.forEach((p) => q.orWhereRaw("product_ids @> ?::jsonb", [JSON.stringify([p])])))
        .modify((q) => (exceptId ? q.whereNot({ id: exceptId }) : q))
      others = rows.map((r) => ({ id: r.id, product_ids: r.product_ids, starts_at: new Date(r.starts_at), total_prize_value: totalPrizeValue(r) }))
    }
    return checkLimits(fields, others, this.options_.gamblingTaxFreeThreshold)
  }

  protected rowOf_(f: ContestFields) {
    const { entry_cost, prizes, product_ids, ...rest } = f
    return { ...rest, prizes: json(prizes), product_ids: json(product_ids), entry_cost_cents: Math.round(entry_cost * 100) }
  }

  /** Creates a draft contest and version 1 of its terms. */
  @InjectTransactionManager()
  async createContest(input: ContestFields, @MedusaContext() ctx: Context = {}): Promise<ContestRow> {
    const fields = withDates(input)
    const db = this.db_(ctx)
    const id = generateEntityId(undefined, "cnt")
    const [contest] = await db(T.contest)
      .insert({ id, ...this.rowOf_(fields), status: "draft", terms_version: 1 })
      .returning("*")
    await db(T.terms).insert({
      id: generateEntityId(undefined, "cterm"),
      contest_id: id,
      version: 1,
      template_version: TERMS_TEMPLATE_VERSION,
      ...renderTerms(fields),
    })
    return contest
  }

  /** Hard delete (compensation of createContest). */
  @InjectTransactionManager()
  async deleteContestCompletely(id: string, @MedusaContext() ctx: Context = {}) {
    const db = this.db_(ctx)
    for (const t of [T.winner, T.drawing, T.entry, T.terms]) await db(t).where({ contest_id: id }).delete()
    await db(T.contest).where({ id }).delete()
  }

  /**
   * Updates a contest that has not ended; a change to the rendered terms writes a
   * new terms version (entrants consent to the version they saw). Returns the row before.
   */
  @InjectTransactionManager()
  async updateContest(
    id: string,
    input: ContestFields,
    @MedusaContext() ctx: Context = {}
  ): Promise<{ before: ContestRow; contest: ContestRow; new_terms_id: string | null }> {
    const fields = withDates(input)
    const db = this.db_(ctx)
    const before = await this.lockContest_(ctx, id, "update")
    if (before.status !== "draft" && before.status !== "published") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Contest ${id} is ${before.status} and cannot be changed`)
    }
    if (before.status === "published" && this.now() >= new Date(before.ends_at)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Contest ${id} has ended and cannot be changed`)
    }
    const current = await db(T.terms).where({ contest_id: id, version: before.terms_version }).first()
    const rendered = renderTerms(fields)
    let version = before.terms_version
    let newTermsId: string | null = null
    if (current?.body_hash !== rendered.body_hash) {
      version += 1
      newTermsId = generateEntityId(undefined, "cterm")
      await db(T.terms).insert({ id: newTermsId, contest_id: id, version, template_version: TERMS_TEMPLATE_VERSION, ...rendered })
    }
    const [contest] = await db(T.contest)
      .where({ id })
      .update({ ...this.rowOf_(fields), terms_version: version, updated_at: this.now() })
      .returning("*")
    return { before, contest, new_terms_id: newTermsId }
  }

  /** Compensation of updateContest: the row as it was, and the terms version it added removed. */
  @InjectTransactionManager()
  async restoreContest(before: ContestRow, newTermsId: string | null, @MedusaContext() ctx: Context = {}) {
    const db = this.db_(ctx)
    const { id, created_at, ...rest } = before
    await db(T.contest)
      .where({ id })
      .update({ ...rest, prizes: json(before.prizes), product_ids: json(before.product_ids) })
    if (newTermsId) await db(T.terms).where({ id: newTermsId }).delete()
  }

  /** Publishes a draft: from now on the round-1 seed is fixed by its published SHA-256 commitment. */
  @InjectTransactionManager()
  async publishContest(id: string, @MedusaContext() ctx: Context = {}): Promise<{ before: ContestRow; contest: ContestRow; drawing: DrawingRow }> {
    const db = this.db_(ctx)
    const before = await this.lockContest_(ctx, id, "update")
    if (before.status !== "draft") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Contest ${id} is ${before.status}, not draft`)
    if (new Date(before.ends_at) <= this.now()) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Contest ${id}: ends_at has passed`)
    const drawing = await this.commit_(ctx, id, 1)
    const [contest] = await db(T.contest).where({ id }).update({ status: "published", published_at: this.now(), updated_at: this.now() }).returning("*")
    return { before, contest, drawing }
  }

  protected async commit_(ctx: Context, contestId: string, round: number): Promise<DrawingRow> {
    const seed = newSeed()
    const [drawing] = await this.db_(ctx)(T.drawing)
      .insert({
        id: generateEntityId(undefined, "cdrw"),
        contest_id: contestId,
        round,
        status: "committed",
        algorithm_version: DRAW_ALGORITHM_VERSION,
        seed,
        seed_commitment: commitmentOf(seed),
        committed_at: this.now(),
      })
      .returning("*")
    return drawing
  }

  /** Compensation of publishContest. */
  @InjectTransactionManager()
  async unpublishContest(before: ContestRow, drawingId: string, @MedusaContext() ctx: Context = {}) {
    const db = this.db_(ctx)
    await db(T.drawing).where({ id: drawingId, status: "committed" }).delete()
    await db(T.contest).where({ id: before.id }).update({ status: before.status, published_at: before.published_at })
  }

  /**
   * Records one entry: free, one per customer (the unique index decides between
   * racing requests), only while the contest runs by the server clock, with
   * consent to the current terms version.
   */
  @InjectTransactionManager()
  async enter(input: EnterInput, @MedusaContext() ctx: Context = {}): Promise<EntryRow> {
    const db = this.db_(ctx)
    const contest = await this.lockContest_(ctx, input.contest_id, "share")
    const now = this.now()
    if (contest.status === "draft" || contest.status === "cancelled") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Contest ${input.contest_id} was not found`)
    }
    if (now < new Date(contest.starts_at)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Contest ${contest.id} has not started yet`)
    if (contest.status !== "published" || now >= new Date(contest.ends_at)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Contest ${contest.id} has ended: entries closed at ${new Date(contest.ends_at).toISOString()}`)
    }
    if (input.terms_version !== contest.terms_version) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `terms_version ${input.terms_version} is not the current version (${contest.terms_version}) of contest ${contest.id}`
      )
    }
    if (contest.skill_question && !normalize(input.skill_answer)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "skill_answer is required: this contest asks a question")
    }
    if (contest.minimum_age !== null || contest.minors_with_parental_consent) {
      if (!input.age_confirmation) throw new MedusaError(MedusaError.Types.INVALID_DATA, "age_confirmation is required for this contest")
      if (input.age_confirmation === "minor_with_parental_consent" && !contest.minors_with_parental_consent) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "age_confirmation: minors may not enter this contest")
      }
    }
    if (input.publicity === "first_name_town" && !input.town?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "town is required when publicity is first_name_town")
    }
    const existing = await db(T.entry).where({ contest_id: contest.id, customer_id: input.customer_id, deleted_at: null }).first("id")
    if (existing) throw this.duplicate_(contest.id)
    const terms = await db(T.terms).where({ contest_id: contest.id, version: contest.terms_version }).first()
    try {
      const [entry] = await db(T.entry)
        .insert({
          id: generateEntityId(undefined, "cent"),
          contest_id: contest.id,
          customer_id: input.customer_id,
          terms_id: terms.id,
          terms_version: terms.version,
          terms_hash: terms.body_hash,
          consented_at: now,
          skill_answer: contest.skill_question ? input.skill_answer!.trim() : null,
          age_confirmation: input.age_confirmation ?? null,
          publicity: input.publicity,
          public_first_name: input.publicity === "none" ? null : input.first_name,
          public_town: input.publicity === "first_name_town" ? input.town!.trim() : null,
          newsletter_opt_in_requested: input.newsletter_opt_in,
          created_at: now,
          updated_at: now,
        })
        .returning("*")
      return entry
    } catch (e) {
      if (isUniqueViolation(e)) throw this.duplicate_(contest.id)
      throw e
    }
  }

  protected duplicate_(contestId: string) {
    return new MedusaError(MedusaError.Types.CONFLICT, `You have already entered contest ${contestId}`)
  }

  /** Compensation of enter. */
  @InjectTransactionManager()
  async deleteEntry(id: string, @MedusaContext() ctx: Context = {}) {
    await this.db_(ctx)(T.entry).where({ id }).delete()
  }

  /** Eligible entries of a contest in stable order (entry time, then id). */
  protected async eligible_(ctx: Context, contest: ContestRow, exclude: Set<string>): Promise<string[]> {
    const rows: EntryRow[] = await this.db_(ctx)(T.entry)
      .where({ contest_id: contest.id, deleted_at: null })
      .orderBy([
        { column: "created_at", order: "asc" },
        { column: "id", order: "asc" },
      ])
      .select("id", "skill_answer")
    const correct = contest.skill_correct_answer ? normalize(contest.skill_correct_answer) : null
    return rows.filter((e) => !exclude.has(e.id) && (correct === null || normalize(e.skill_answer) === correct)).map((e) => e.id)
  }

  /** Prize of each winning position: prizes expanded by quantity, in the order given. */
  protected prizeAt_(contest: ContestRow, position: number) {
    const list = contest.prizes.flatMap((p) => Array.from({ length: p.quantity }, () => p))
    return list[position - 1] ?? list[list.length - 1]
  }

  protected async runDrawing_(ctx: Context, contest: ContestRow, drawing: DrawingRow, exclude: Set<string>, positions: number[], actor: string) {
    const db = this.db_(ctx)
    const now = this.now()
    const snapshot = await this.eligible_(ctx, contest, exclude)
    const snapshotHash = snapshotHashOf(contest.id, drawing.round, snapshot)
    const picked = drawWinners(drawing.seed, snapshotHash, snapshot, positions.length)
    const [drawn] = await db(T.drawing)
      .where({ id: drawing.id, status: "committed" })
      .update({
        status: "drawn",
        snapshot_entry_ids: json(snapshot),
        snapshot_hash: snapshotHash,
        excluded_entry_ids: json([...exclude]),
        winner_entry_ids: json(picked),
        winners_requested: positions.length,
        drawn_at: now,
        drawn_by: actor,
        updated_at: now,
      })
      .returning("*")
    const entries: EntryRow[] = picked.length ? await db(T.entry).whereIn("id", picked).select("id", "customer_id") : []
    const customerOf = new Map(entries.map((e) => [e.id, e.customer_id]))
    const deadline = new Date(now.getTime() + contest.claim_days * 86400_000)
    const winners: WinnerRow[] = picked.length
      ? await db(T.winner)
          .insert(
            picked.map((entryId, i) => {
              const prize = this.prizeAt_(contest, positions[i])
              return {
                id: generateEntityId(undefined, "cwin"),
                contest_id: contest.id,
                drawing_id: drawing.id,
                round: drawing.round,
                position: positions[i],
                prize_name: prize.name,
                prize_value_cents: Math.round(prize.value * 100),
                entry_id: entryId,
                customer_id: customerOf.get(entryId) ?? null,
                claim_status: "pending",
                claim_deadline: deadline,
              }
            })
          )
          .returning("*")
      : []
    // The next possible redraw's seed is committed now, before anyone knows who will fail to claim.
    const next = await this.commit_(ctx, contest.id, drawing.round + 1)
    const [updated] = await db(T.contest).where({ id: contest.id }).update({ status: "drawn", last_drawn_at: now, updated_at: now }).returning("*")
    return { contest: updated, drawing: drawn, winners, next }
  }

  /**
   * The main draw, exactly once: under the exclusive row lock the second of two
   * concurrent calls finds the round drawn and gets a 409.
   */
  @InjectTransactionManager()
  async draw(contestId: string, actor: string, @MedusaContext() ctx: Context = {}): Promise<DrawResult> {
    const before = await this.lockContest_(ctx, contestId, "update")
    if (before.status === "drawn") throw new MedusaError(MedusaError.Types.CONFLICT, `Contest ${contestId} has already been drawn`)
    if (before.status !== "published") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Contest ${contestId} is ${before.status}, not published`)
    if (this.now() < new Date(before.ends_at)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Contest ${contestId} has not ended yet (ends ${new Date(before.ends_at).toISOString()})`)
    }
    const drawing: DrawingRow = await this.db_(ctx)(T.drawing).where({ contest_id: contestId, round: 1, status: "committed" }).first()
    const positions = Array.from({ length: before.winner_count }, (_, i) => i + 1)
    return { before, ...(await this.runDrawing_(ctx, before, drawing, new Set(), positions, actor)) }
  }

  /**
   * A recorded redraw for every prize whose claim expired, with the round's own
   * committed seed, excluding every earlier winner; earlier rounds stay as they are.
   */
  @InjectTransactionManager()
  async redraw(contestId: string, actor: string, @MedusaContext() ctx: Context = {}): Promise<DrawResult> {
    const db = this.db_(ctx)
    const before = await this.lockContest_(ctx, contestId, "update")
    if (before.status !== "drawn") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Contest ${contestId} has not been drawn yet`)
    const all: WinnerRow[] = await db(T.winner).where({ contest_id: contestId }).orderBy("position")
    const open = all.filter((w) => w.claim_status === "expired" && w.replaced_by_round === null)
    if (!open.length) throw new MedusaError(MedusaError.Types.CONFLICT, `Contest ${contestId} has no expired claim to redraw`)
    const drawing: DrawingRow = await db(T.drawing).where({ contest_id: contestId, status: "committed" }).orderBy("round", "desc").first()
    const result = await this.runDrawing_(
      ctx,
      before,
      drawing,
      new Set(all.map((w) => w.entry_id)),
      open.map((w) => w.position),
      actor
    )
    await db(T.winner)
      .whereIn(
        "id",
        open.map((w) => w.id)
      )
      .update({ replaced_by_round: drawing.round })
    return { before, ...result }
  }

  /** Compensation of draw/redraw: only while nothing has moved on since. */
  @InjectTransactionManager()
  async undoDrawing(undo: { before: ContestRow; drawing_id: string; next_id: string; round: number }, @MedusaContext() ctx: Context = {}) {
    const db = this.db_(ctx)
    await db(T.drawing).where({ id: undo.next_id, status: "committed" }).delete()
    await db(T.winner).where({ drawing_id: undo.drawing_id }).delete()
    await db(T.winner).where({ contest_id: undo.before.id, replaced_by_round: undo.round }).update({ replaced_by_round: null })
    await db(T.drawing).where({ id: undo.drawing_id }).update({
      status: "committed",
      snapshot_entry_ids: null,
      snapshot_hash: null,
      excluded_entry_ids: null,
      winner_entry_ids: null,
      winners_requested: null,
      drawn_at: null,
      drawn_by: null,
    })
    await db(T.contest).where({ id: undo.before.id }).update({ status: undo.before.status, last_drawn_at: undo.before.last_drawn_at })
  }

  /** Marks a pending prize claimed before its deadline; an entrant may update what the winners list shows. */
  @InjectTransactionManager()
  async claim(
    winnerId: string,
    publicity: { publicity: EntryRow["publicity"]; town?: string | null; first_name: string | null } | null,
    @MedusaContext() ctx: Context = {}
  ): Promise<{ winner: WinnerRow; before: WinnerRow; entry_before: EntryRow }> {
    const db = this.db_(ctx)
    const before: WinnerRow | undefined = await db(T.winner).where({ id: winnerId }).forUpdate().first()
    if (!before || !before.customer_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Prize claim ${winnerId} was not found`)
    const entry_before: EntryRow = await db(T.entry).where({ id: before.entry_id }).first()
    if (before.claim_status === "claimed") throw new MedusaError(MedusaError.Types.CONFLICT, `Prize claim ${winnerId} has already been claimed`)
    if (before.claim_status === "expired" || this.now() >= new Date(before.claim_deadline)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Prize claim ${winnerId} expired at ${new Date(before.claim_deadline).toISOString()}`)
    }
    if (publicity) {
      if (publicity.publicity === "first_name_town" && !publicity.town?.trim()) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "town is required when publicity is first_name_town")
      }
      await db(T.entry)
        .where({ id: before.entry_id })
        .update({
          publicity: publicity.publicity,
          public_first_name: publicity.publicity === "none" ? null : publicity.first_name,
          public_town: publicity.publicity === "first_name_town" ? publicity.town!.trim() : null,
        })
    }
    const [winner] = await db(T.winner)
      .where({ id: winnerId })
      .update({ claim_status: "claimed", claimed_at: this.now(), updated_at: this.now() })
      .returning("*")
    return { winner, before, entry_before }
  }

  /** Compensation of claim. */
  @InjectTransactionManager()
  async unclaim(before: WinnerRow, entryBefore: EntryRow, @MedusaContext() ctx: Context = {}) {
    const db = this.db_(ctx)
    await db(T.winner).where({ id: before.id, claim_status: "claimed" }).update({ claim_status: before.claim_status, claimed_at: before.claimed_at })
    await db(T.entry)
      .where({ id: entryBefore.id })
      .update({ publicity: entryBefore.publicity, public_first_name: entryBefore.public_first_name, public_town: entryBefore.public_town })
  }

  /**
   * Pending claims past their deadline become expired: how many, the contests that now need a redraw, and for
   * the exact undo the claims' ids with their previous updated_at.
   */
  @InjectTransactionManager()
  async expireClaims(
    limit = 200,
    @MedusaContext() ctx: Context = {}
  ): Promise<{ expired: number; contest_ids: string[]; claims: { id: string; updated_at: Date }[] }> {
    const db = this.db_(ctx)
    const now = this.now()
    const due: { id: string; contest_id: string; updated_at: Date }[] = await db(T.winner)
      .select("id", "contest_id", "updated_at")
      .where({ claim_status: "pending" })
      .where("claim_deadline", "<=", now)
      .limit(limit)
      .forUpdate()
    if (due.length)
      await db(T.winner)
        .whereIn(
          "id",
          due.map((r) => r.id)
        )
        .update({ claim_status: "expired", expired_at: now, updated_at: now })
    return {
      expired: due.length,
      contest_ids: [...new Set(due.map((r) => r.contest_id))],
      claims: due.map(({ id, updated_at }) => ({ id, updated_at })),
    }
  }

  /** Compensation of expireClaims: the claims it expired are pending again, unless a redraw replaced them since. */
  @InjectTransactionManager()
  async unexpireClaims(claims: { id: string; updated_at: Date }[], @MedusaContext() ctx: Context = {}) {
    const db = this.db_(ctx)
    for (const c of claims)
      await db(T.winner)
        .where({ id: c.id, claim_status: "expired", replaced_by_round: null })
        .update({ claim_status: "pending", expired_at: null, updated_at: c.updated_at })
  }

  /** Contests that still have an expired, unreplaced claim (a redraw interrupted or not yet run). */
  async listRedrawDue(limit = 100): Promise<string[]> {
    const rows = await this.listContestWinners({ claim_status: "expired", replaced_by_round: null }, { select: ["contest_id"], take: limit })
    return [...new Set(rows.map((r) => r.contest_id))]
  }

  /** Published contests whose end has passed and that have not been drawn (bounded batch). */
  async listDrawDue(limit = 100): Promise<string[]> {
    const rows = await this.listContests({ status: "published", draw_at: { $lte: this.now() } }, { select: ["id"], take: limit })
    return rows.map((r) => r.id)
  }

  /** Claims marked mailed once (idempotent per winner). */
  @InjectTransactionManager()
  async markMailed(ids: string[], @MedusaContext() ctx: Context = {}) {
    if (ids.length) await this.db_(ctx)(T.winner).whereIn("id", ids).whereNull("mailed_at").update({ mailed_at: this.now() })
  }

  /**
   * The response report (P7): aggregate counts only, never a customer id. Orders
   * are read from Medusa's order table in the same database (as the privacy
   * plugin does): orders by entrants placed within `windowDays` after entering.
   */
  @InjectTransactionManager()
  async responseReport(contestId: string, windowDays: number, @MedusaContext() ctx: Context = {}): Promise<ResponseReport> {
    const db = this.db_(ctx)
    const k = (ctx.transactionManager as SqlEntityManager).getKnex()
    const [contest] = await db(T.contest).where({ id: contestId }).select("entries_deleted_at", "response_summary")
    if (contest?.entries_deleted_at && contest.response_summary) return { ...contest.response_summary, frozen: true }
    const byDay = (await db(T.entry)
      .where({ contest_id: contestId, deleted_at: null })
      .select(k.raw("date_trunc('day', created_at at time zone 'UTC') as day"))
      .count("* as count")
      .groupBy("day")
      .orderBy("day")) as unknown as { day: Date; count: string }[]
    const [totals] = await db(T.entry)
      .where({ contest_id: contestId, deleted_at: null })
      .select(
        k.raw("count(*)::int as entries"),
        k.raw("count(distinct customer_id)::int as unique_entrants"),
        k.raw("count(*) filter (where newsletter_opt_in_requested)::int as newsletter_opt_ins_requested")
      )
    const [orders] = await db("contest_entry as e")
      .join("order as o", function () {
        this.on("o.customer_id", "=", "e.customer_id")
          .andOn("o.created_at", ">=", "e.created_at")
          .andOn(k.raw("o.created_at < e.created_at + (? * interval '1 day')", [windowDays]))
      })
      .where("e.contest_id", contestId)
      .whereNull("e.deleted_at")
      .whereNull("o.deleted_at")
      .select(k.raw("count(distinct o.id)::int as orders"), k.raw("count(distinct e.customer_id)::int as entrants_with_orders"))
    return {
      contest_id: contestId,
      entries_total: totals.entries,
      unique_entrants: totals.unique_entrants,
      newsletter_opt_ins_requested: totals.newsletter_opt_ins_requested,
      entries_by_day: byDay.map((r) => ({ date: new Date(r.day).toISOString().slice(0, 10), count: Number(r.count) })),
      order_window_days: windowDays,
      orders_within_window: orders.orders,
      entrants_with_orders: orders.entrants_with_orders,
      frozen: false,
    }
  }

  // ── Retention ─────────────────────────────────────────────────────────────

  /**
   * Deletes the non-winning entries of contests whose final drawing is more than
   * entryRetentionDays ago and that have no claim open or waiting for a redraw.
   * The drawings keep the (opaque) entry ids of their snapshots, so the draw stays verifiable.
   */
  @InjectTransactionManager()
  async deleteNonWinningEntries(limit = 50, @MedusaContext() ctx: Context = {}): Promise<{ contests: number; entries: number }> {
    const db = this.db_(ctx)
    const before = new Date(this.now().getTime() - this.options_.entryRetentionDays * 86400_000)
    const contests: { id: string }[] = await db(T.contest)
      .where({ status: "drawn", entries_deleted_at: null, deleted_at: null })
      .where("last_drawn_at", "<", before)
      .whereNotExists((q) =>
        q
          .select("id")
          .from(T.winner)
          .whereRaw("contest_winner.contest_id = contest.id")
          .where((w) => w.where({ claim_status: "pending" }).orWhere((x) => x.where({ claim_status: "expired" }).whereNull("replaced_by_round")))
      )
      .select("id")
      .limit(limit)
    let entries = 0
    for (const c of contests) {
      const summary = await this.responseReport(c.id, this.options_.reportOrderWindowDays, ctx)
      await db(T.contest)
        .where({ id: c.id })
        .update({ response_summary: json(summary) })
      entries += await db(T.entry)
        .where({ contest_id: c.id })
        .whereNotIn("id", (q) => q.select("entry_id").from(T.winner).where({ contest_id: c.id }))
        .delete()
      await db(T.contest).where({ id: c.id }).update({ entries_deleted_at: this.now() })
    }
    return { contests: contests.length, entries }
  }

  /** Anonymises winner records (and their entries) older than winnerRetentionMonths; never an open claim. */
  @InjectTransactionManager()
  async anonymizeOldWinners(limit = 200, @MedusaContext() ctx: Context = {}): Promise<number> {
    const db = this.db_(ctx)
    const before = new Date(this.now().getTime() - this.options_.winnerRetentionMonths * 30.44 * 86400_000)
    const winners: WinnerRow[] = await db(T.winner)
      .whereNotNull("customer_id")
      .whereNot({ claim_status: "pending" })
      .where("created_at", "<", before)
      .limit(limit)
    return contestPrivacy.anonymizeWinners(this, ctx, winners)
  }

  // ── Privacy contract (see ./privacy.ts) ───────────────────────────────────

  getPersonalDataDescriptor() {
    return contestPrivacy.descriptor()
  }

  @InjectTransactionManager()
  async exportSubjectData(subject: { customer_id?: string | null; email?: string | null }, @MedusaContext() ctx: Context = {}) {
    return contestPrivacy.export(this, ctx, subject)
  }

  eraseSubjectData(subject: { customer_id?: string | null; email?: string | null }, @MedusaContext() ctx: Context = {}) {
    return this.eraseSubjectsData([subject], ctx)
  }

  @InjectTransactionManager()
  async eraseSubjectsData(subjects: { customer_id?: string | null; email?: string | null }[], @MedusaContext() ctx: Context = {}) {
    return contestPrivacy.erase(this, ctx, subjects)
  }

  async getLegalHolds(subject: { customer_id?: string | null; email?: string | null }) {
    return (await this.getLegalHoldsForSubjects([subject]))[0]
  }

  /** An open prize claim holds the winner's erasure (batch form: one query). */
  async getLegalHoldsForSubjects(subjects: { customer_id?: string | null; email?: string | null }[]) {
    const ids = [...new Set(subjects.map((s) => s.customer_id).filter((id): id is string => !!id))]
    const open = ids.length ? await this.listContestWinners({ customer_id: ids, claim_status: "pending" }, { select: ["id", "customer_id"] }) : []
    return subjects.map((s) =>
      open.filter((w) => s.customer_id && w.customer_id === s.customer_id).map((w) => ({ module: "contest", reason: "open prize claim", reference: w.id }))
    )
  }
}

import { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { warnAboutMissingServices } from "../../utils/boot-checks"
import AuctionBan from "./models/auction-ban"
import AuctionBid from "./models/auction-bid"
import AuctionLot from "./models/auction-lot"
import { LiveHub } from "./live-hub"
import { inlineBindings } from "./locked-sql"
import { RedisCounters } from "./redis-counter"
import { AuctionPluginOptions, parseAuctionOptions, ResolvedAuctionOptions } from "./options"
import { settlementProblem, SettlementCart } from "./settlement"
import { BidInput, gateRejection, minimumNextBidOfLot, MUTABLE_LOT_FIELDS, planBid, planBuyNow, planClose, planRelist, Rejection } from "./transitions"
import { BidRejectionCode, LegalHold, LotRow, BidRow, PersonalDataDescriptor, PrivacySubject, SubjectDataExport, SubjectErasureResult } from "./types"

export type PlaceBidInput = BidInput
/** A locked transition of a lot: the row before (for a compensation) and after. */
export type LotChange = { before: LotRow; lot: LotRow }
export type PlaceBidResult = LotChange & {
  bid: BidRow
  rejection: Rejection | null
  previous_leader_id: string | null
  /** How long this bid held the lot's row lock (lock granted → commit), in ms; absent inside a caller's transaction. */
  lock_held_ms?: number
}
type RawResult = { rows: Record<string, unknown>[] }
/** A pg client lent by knex's pool (the methods placeBidOnConnection_ uses). */
type RawConnection = {
  query(text: string): Promise<RawResult | RawResult[]>
  getTransactionStatus?(): string
  __knex__disposed?: unknown
}
export type BuyNowResult = LotChange & { bid_id: string | null; rejection: { code: BidRejectionCode } | null }
export type UnpaidOutcome = LotChange & { action: "second_chance" | "relist" | "none"; relisted?: LotRow }
/** What identifies the state a transition left a lot in. */
export type LotVersion = { updated_at: Date | string; sequence: number }
export type RestoreOptions = { deleteBidId?: string | null; deleteLotId?: string | null }

const LOT = "auction_lot"
const BID = "auction_bid"
const BAN = "auction_ban"
/** The column under which insertBidAndUpdateLot_ returns the inserted bid (as JSON) next to the lot. */
const INSERTED_BID = "__inserted_bid"
/** The column under which claimOutbidNotice returns the claimed bid's lot (as JSON). */
const CLAIMED_LOT = "__claimed_lot"
/** The timestamp columns of a data model (row_to_json returns them as strings). */
const dateColumnsOf = (entity: unknown) =>
  new Set([
    ...Object.entries((entity as { schema: Record<string, { parse: (name: string) => { dataType: { name: string } } }> }).schema)
      .filter(([name, property]) => property.parse(name).dataType.name === "dateTime")
      .map(([name]) => name),
    // The columns every data model gets.
    "created_at",
    "updated_at",
    "deleted_at",
  ])
const BID_DATE_COLUMNS = dateColumnsOf(AuctionBid)
const LOT_DATE_COLUMNS = dateColumnsOf(AuctionLot)
/** A row read as JSON with its timestamps turned back into Dates, as pg parses them. */
const withDates = (json: Record<string, unknown>, dates: Set<string>) =>
  Object.fromEntries(Object.entries(json).map(([k, v]) => [k, dates.has(k) && typeof v === "string" ? new Date(v) : v]))

/**
 * The auction module: data, the clock, and the lot's locked transitions. Every
 * transition takes the lot's row lock (SELECT … FOR UPDATE) and checks and
 * writes in one transaction, so bids, closing and payment handling are
 * serialised per lot across processes. The business flows around them
 * (carts, mails, events) are workflows in src/workflows/auctions.
 */
export default class AuctionModuleService extends MedusaService({ AuctionLot, AuctionBid, AuctionBan }) {
  protected readonly options_: ResolvedAuctionOptions
  protected clockOffsetMs_ = 0
  protected readonly currencies_ = new Map<string, string>()
  protected readonly live_: LiveHub
  protected readonly counters_: RedisCounters | null

  constructor(container: Record<string, unknown>, options?: AuctionPluginOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseAuctionOptions(options)
    this.cradle_ = container
    const logger = (container.logger as { warn: (m: string) => void } | undefined) ?? console
    this.live_ = new LiveHub(this.options_.redisUrl, logger)
    this.counters_ = this.options_.redisUrl ? new RedisCounters(this.options_.redisUrl) : null
  }

  protected readonly cradle_: Record<string, unknown>

  __hooks = {
    /** Medusa's module lifecycle: warn at boot about a missing region or e-mail provider (utils/boot-checks). */
    onApplicationStart: async () => warnAboutMissingServices(this.cradle_, this.options_.regionId),
    onApplicationShutdown: async () => {
      await Promise.all([this.live_.close(), this.counters_?.close()])
    },
  }

  /** Atomic Redis counters for the bid limits, when the module has a redisUrl (else null: cache module + lock). */
  redisCounters(): RedisCounters | null {
    return this.counters_
  }

  /** The live (SSE) fan-out of lot updates: through Redis when the redisUrl option is set. */
  live(): LiveHub {
    return this.live_
  }

  getOptions(): ResolvedAuctionOptions {
    return this.options_
  }

  /** The one clock of the plugin: server time plus an offset tests may set. */
  now(): Date {
    return new Date(Date.now() + this.clockOffsetMs_)
  }

  setClockOffset(ms: number) {
    this.clockOffsetMs_ = ms
  }

  protected db_(ctx: Context) {
    const manager = ctx.transactionManager as SqlEntityManager
    const knex = manager.getKnex()
    const trx = manager.getTransactionContext()
    return (table: string) => (trx ? knex(table).transacting(trx as any) : knex(table))
  }

  protected async lockLot_(ctx: Context, lotId: string): Promise<LotRow> {
    return this.foundLot_(await this.db_(ctx)(LOT).where({ id: lotId, deleted_at: null }).forUpdate().first(), lotId)
  }

  protected foundLot_(lot: LotRow | undefined, lotId: string): LotRow {
    if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Auction lot ${lotId} was not found`)
    return lot
  }

  protected async updateLot_(ctx: Context, id: string, patch: Partial<LotRow>): Promise<LotRow> {
    const [row] = await this.db_(ctx)(LOT)
      .where({ id })
      .update({ ...patch, updated_at: this.now() })
      .returning("*")
    return row
  }

  /**
   * Whether the customer is banned and their pseudonym number on the lot (null before their first accepted bid),
   * read in one statement (one round trip less while the lot's row lock is held). Run after the lock is taken, so
   * it sees every bid committed before: a bidder's number stays stable.
   */
  protected async bidderUnderLock_(ctx: Context, lotId: string, customerId: string): Promise<{ banned: boolean; bidder_number: number | null }> {
    const manager = ctx.transactionManager as SqlEntityManager
    const query = this.bidderQuery_(manager.getKnex(), lotId, customerId)
    const trx = manager.getTransactionContext()
    const { rows } = await (trx ? query.transacting(trx as any) : query)
    return this.bidderOf_(rows[0])
  }

  /** Whether the customer is banned and the pseudonym number they already bid under on this lot: one statement. */
  protected bidderQuery_(knex: Knex, lotId: string, customerId: string) {
    return knex.raw(
      `select exists (select 1 from ?? where customer_id = ? and deleted_at is null) as banned,
        (select bidder_number from ?? where lot_id = ? and customer_id = ? and bidder_number is not null limit 1) as bidder_number`,
      [BAN, customerId, BID, lotId, customerId]
    )
  }

  protected bidderOf_(row: { banned: unknown; bidder_number?: number | null }) {
    return { banned: row.banned === true, bidder_number: row.bidder_number ?? null }
  }

  /**
   * The statement that inserts the bid and updates the lot (as updateLot_) — one statement, one round trip less
   * under the row lock. It returns the lot with the inserted bid as JSON (see rowsOfBidWrite_).
   */
  protected bidWriteQuery_(knex: Knex, bid: Partial<BidRow>, lotId: string, patch: Partial<LotRow>) {
    return knex(LOT)
      .with("inserted_bid", knex(BID).insert(bid).returning("*"))
      .where({ id: lotId })
      .update({ ...patch, updated_at: this.now() })
      .returning(["*", knex.raw("(select row_to_json(inserted_bid) from inserted_bid) as ??", [INSERTED_BID])])
  }

  /** The lot and bid of bidWriteQuery_'s row: the bid's timestamps turned back into Dates as pg parses them. */
  protected rowsOfBidWrite_(row: Record<string, unknown>): { lot: LotRow; bid: BidRow } {
    const { [INSERTED_BID]: json, ...lot } = row
    return { lot: lot as unknown as LotRow, bid: withDates(json as Record<string, unknown>, BID_DATE_COLUMNS) as unknown as BidRow }
  }

  /** bidWriteQuery_ inside the caller's transaction. */
  protected async insertBidAndUpdateLot_(ctx: Context, bid: Partial<BidRow>, lotId: string, patch: Partial<LotRow>): Promise<{ lot: LotRow; bid: BidRow }> {
    const manager = ctx.transactionManager as SqlEntityManager
    const trx = manager.getTransactionContext()
    const query = this.bidWriteQuery_(manager.getKnex(), bid, lotId, patch)
    const [row] = await (trx ? query.transacting(trx as any) : query)
    return this.rowsOfBidWrite_(row)
  }

  protected async isBanned_(ctx: Context, customerId: string) {
    return !!(await this.db_(ctx)(BAN).where({ customer_id: customerId, deleted_at: null }).first("id"))
  }

  protected paymentDue_(from: Date) {
    return new Date(from.getTime() + this.options_.paymentWindowHours * 3600_000)
  }

  /**
   * Applies one bid under the lot's row lock; a rejected bid is recorded too but
   * changes nothing else. Lock, check and write must share one transaction, so
   * this stays a domain method that the place-bid workflow calls as one step.
   *
   * On its own (no caller's transaction) the transaction runs on a pooled connection as two multi-statement
   * messages: `begin; SELECT … FOR UPDATE; read the ban and pseudonym` and `insert + update; commit`. PostgreSQL
   * runs the read right after granting the lock and commits right after the write, so the lock is held for one
   * pass through the shop's event loop (planBid in between) instead of one per statement: under load each pass
   * is what a round trip costs (plugins/auctions/README.md, "Benchmark"). The statements, the order and the
   * transition (planBid) are those of the transaction-manager path below, which runs inside a caller's
   * transaction.
   */
  async placeBid(input: PlaceBidInput, @MedusaContext() ctx: Context = {}): Promise<PlaceBidResult> {
    if (ctx?.transactionManager) return this.placeBidLocked_(input, ctx)
    return this.placeBidOnConnection_(input)
  }

  @InjectTransactionManager()
  protected async placeBidLocked_(input: PlaceBidInput, @MedusaContext() ctx: Context = {}): Promise<PlaceBidResult> {
    const before = await this.lockLot_(ctx, input.lot_id)
    const { banned, bidder_number } = await this.bidderUnderLock_(ctx, before.id, input.customer_id)
    const plan = planBid(before, input, this.now(), banned, bidder_number)
    const { lot, bid } = await this.insertBidAndUpdateLot_(ctx, plan.bid, before.id, plan.patch)
    return { before, lot, bid, rejection: plan.rejection, previous_leader_id: plan.previousLeader }
  }

  @InjectManager()
  protected async placeBidOnConnection_(input: PlaceBidInput, @MedusaContext() ctx: Context = {}): Promise<PlaceBidResult> {
    const knex = (ctx.manager as SqlEntityManager).getKnex()
    const conn = (await knex.client.acquireConnection()) as RawConnection
    try {
      // The same builders as the transaction-manager path, their bindings inlined as literals (simple queries carry none).
      const inlined = (q: { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } }) => {
        const { sql, bindings } = q.toSQL().toNative()
        return inlineBindings(sql, bindings)
      }
      const lock = inlined(knex(LOT).where({ id: input.lot_id, deleted_at: null }).forUpdate().first())
      const read = (await conn.query(`begin;\n${lock};\n${inlined(this.bidderQuery_(knex, input.lot_id, input.customer_id))}`)) as RawResult[]
      const lockedAt = performance.now()
      const before = this.foundLot_(read[1].rows[0] as LotRow | undefined, input.lot_id)
      const { banned, bidder_number } = this.bidderOf_(read[2].rows[0] as { banned: unknown; bidder_number?: number | null })
      const plan = planBid(before, input, this.now(), banned, bidder_number)
      const written = (await conn.query(`${inlined(this.bidWriteQuery_(knex, plan.bid, before.id, plan.patch))};\ncommit`)) as RawResult[]
      const lock_held_ms = performance.now() - lockedAt
      const { lot, bid } = this.rowsOfBidWrite_(written[0].rows[0])
      return { before, lot, bid, rejection: plan.rejection, previous_leader_id: plan.previousLeader, lock_held_ms }
    } catch (e) {
      await this.rollbackConnection_(conn)
      throw e
    } finally {
      await knex.client.releaseConnection(conn)
    }
  }

  /** Leaves a connection of placeBidOnConnection_ outside any transaction, or marks it for the pool to discard. */
  protected async rollbackConnection_(conn: RawConnection) {
    if (conn.getTransactionStatus?.() === "I") return
    try {
      await conn.query("rollback")
    } catch (e) {
      // knex's pool destroys a connection marked so instead of lending it again.
      conn.__knex__disposed = e
    }
  }

  /** Buys the lot at its buy-now price; only before the first accepted bid. */
  @InjectTransactionManager()
  async buyNow(input: { lot_id: string; customer_id: string }, @MedusaContext() ctx: Context = {}): Promise<BuyNowResult> {
    const before = await this.lockLot_(ctx, input.lot_id)
    const now = this.now()
    let code = gateRejection(before, now, await this.isBanned_(ctx, input.customer_id))?.code ?? null
    if (!code && (before.buy_now_price_cents === null || before.bid_count > 0)) code = "buy_now_unavailable"
    if (code) return { before, lot: before, bid_id: null, rejection: { code } }
    const plan = planBuyNow(before, input.customer_id, now, this.paymentDue_(now))
    await this.db_(ctx)(BID).insert(plan.bid)
    const lot = await this.updateLot_(ctx, before.id, plan.patch)
    return { before, lot, bid_id: plan.bid.id!, rejection: null }
  }

  /**
   * Closes a lot exactly once: the status check and the transition happen under
   * the row lock, so a second worker finds it ended and gets null.
   */
  @InjectTransactionManager()
  async closeLot(lotId: string, @MedusaContext() ctx: Context = {}): Promise<LotChange | null> {
    const before = await this.lockLot_(ctx, lotId)
    const now = this.now()
    if (before.status === "ended" || before.status === "cancelled" || now < new Date(before.ends_at)) return null
    return { before, lot: await this.updateLot_(ctx, before.id, planClose(before, now, this.paymentDue_(now))) }
  }

  /** Cancels a lot that has not ended, recording why and by whom. */
  @InjectTransactionManager()
  async cancelLot(
    lotId: string,
    reason: { reason: string; actor_id?: string | null } = { reason: "" },
    @MedusaContext() ctx: Context = {}
  ): Promise<LotChange> {
    const before = await this.lockLot_(ctx, lotId)
    if (before.status === "ended" || before.status === "cancelled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Auction lot ${lotId} is ${before.status} and cannot be cancelled`)
    }
    const lot = await this.updateLot_(ctx, before.id, {
      status: "cancelled",
      ended_at: this.now(),
      cancel_reason: reason.reason || null,
      cancelled_by: reason.actor_id ?? null,
    })
    return { before, lot }
  }

  /**
   * Compensation of a transition: writes the snapshot back, only while the lot is
   * still exactly as the transition left it (same updated_at and sequence), and
   * removes the bid or relisted lot the transition created. False when the lot
   * moved on since.
   */
  @InjectTransactionManager()
  async restoreLot(before: LotRow, after: LotVersion, opts: RestoreOptions = {}, @MedusaContext() ctx: Context = {}): Promise<boolean> {
    const db = this.db_(ctx)
    const snapshot = Object.fromEntries(MUTABLE_LOT_FIELDS.map((f) => [f, before[f]]))
    const n = await db(LOT)
      .where({ id: before.id, updated_at: new Date(after.updated_at), sequence: after.sequence })
      .update(snapshot)
    if (n !== 1) return false
    if (opts.deleteBidId) await db(BID).where({ id: opts.deleteBidId }).delete()
    if (opts.deleteLotId) await db(LOT).where({ id: opts.deleteLotId }).delete()
    return true
  }

  /** Records the winner's cart once; returns false when another worker already did. */
  @InjectTransactionManager()
  async attachCart(lotId: string, cartId: string, @MedusaContext() ctx: Context = {}): Promise<boolean> {
    const n = await this.db_(ctx)(LOT).where({ id: lotId, cart_id: null }).update({ cart_id: cartId })
    return n === 1
  }

  /** Undoes attachCart, only if the lot still holds that cart. */
  @InjectTransactionManager()
  async detachCart(lotId: string, cartId: string, @MedusaContext() ctx: Context = {}): Promise<boolean> {
    const n = await this.db_(ctx)(LOT).where({ id: lotId, cart_id: cartId }).update({ cart_id: null })
    return n === 1
  }

  /**
   * Marks the lot whose winner's cart became an order paid — only when the order
   * holds exactly the lot's line at the won price and quantity 1 (settlementProblem).
   * Null when no lot awaits that cart; `{ refused }` (nothing written) when the
   * order is not exactly the lot.
   */
  @InjectTransactionManager()
  async markPaid(cartId: string, order: SettlementCart, @MedusaContext() ctx: Context = {}): Promise<LotChange | { refused: string; lot_id: string } | null> {
    const before: LotRow | undefined = await this.db_(ctx)(LOT).where({ cart_id: cartId, payment_status: "awaiting" }).forUpdate().first()
    if (!before) return null
    const problem = settlementProblem(before, order)
    if (problem) return { refused: problem, lot_id: before.id }
    return { before, lot: await this.updateLot_(ctx, before.id, { payment_status: "paid", order_id: order.id }) }
  }

  /** The currency of a lot (immutable, so cached); 404 for an unknown lot. */
  async currencyOfLot(lotId: string): Promise<string> {
    const cached = this.currencies_.get(lotId)
    if (cached) return cached
    const [lot] = await this.listAuctionLots({ id: lotId }, { select: ["id", "currency_code"] })
    if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Auction lot ${lotId} was not found`)
    if (this.currencies_.size > 10_000) this.currencies_.clear()
    this.currencies_.set(lotId, lot.currency_code)
    return lot.currency_code
  }

  /** Claims the payment reminder of a lot once; the lot for the single caller that may send it, else null. */
  @InjectTransactionManager()
  async claimReminder(lotId: string, @MedusaContext() ctx: Context = {}): Promise<LotRow | null> {
    const [row] = await this.db_(ctx)(LOT)
      .where({ id: lotId, payment_status: "awaiting", payment_reminded_at: null })
      .update({ payment_reminded_at: this.now() })
      .returning("*")
    return row ?? null
  }

  /**
   * Claims the outbid mail of one bid once: the bid and its lot for the single
   * caller that may send it (the event may be delivered twice, to two workers),
   * else null (no displaced leader, already claimed, or erased since). One
   * statement — the conditional update and the lot read with it — so no
   * transaction of its own (the subscriber runs this once per accepted bid).
   */
  @InjectManager()
  async claimOutbidNotice(bidId: string, @MedusaContext() ctx: Context = {}): Promise<{ bid: BidRow; lot: LotRow } | null> {
    const manager = (ctx.transactionManager ?? ctx.manager) as SqlEntityManager
    const knex = manager.getKnex()
    const claim = knex(BID)
      .where({ id: bidId, displaced_notified_at: null })
      .whereNotNull("displaced_customer_id")
      .update({ displaced_notified_at: this.now() })
      .returning("*")
    const query = knex
      .with("claimed", claim)
      .select("claimed.*", knex.raw("row_to_json(l) as ??", [CLAIMED_LOT]))
      .from("claimed")
      .join({ l: LOT }, "l.id", "claimed.lot_id")
    const trx = ctx.transactionManager ? manager.getTransactionContext() : null
    const [row] = await (trx ? query.transacting(trx as any) : query)
    if (!row) return null
    const { [CLAIMED_LOT]: json, ...bid } = row
    return { bid: bid as BidRow, lot: withDates(json as Record<string, unknown>, LOT_DATE_COLUMNS) as unknown as LotRow }
  }

  /** Undoes claimOutbidNotice, only if the claim is still the one made. */
  @InjectTransactionManager()
  async releaseOutbidNotice(bidId: string, claimedAt: Date | string, @MedusaContext() ctx: Context = {}): Promise<void> {
    await this.db_(ctx)(BID)
      .where({ id: bidId, displaced_notified_at: new Date(claimedAt) })
      .update({ displaced_notified_at: null })
  }

  /** Undoes claimReminder, only if the claim is still the one made. */
  @InjectTransactionManager()
  async releaseReminder(lotId: string, claimedAt: Date | string, @MedusaContext() ctx: Context = {}): Promise<void> {
    await this.db_(ctx)(LOT)
      .where({ id: lotId, payment_reminded_at: new Date(claimedAt) })
      .update({ payment_reminded_at: null })
  }

  async listReminderDueLotIds(limit = 100): Promise<string[]> {
    const at = new Date(this.now().getTime() + this.options_.paymentReminderHours * 3600_000)
    const lots = await this.listAuctionLots(
      { payment_status: "awaiting", payment_reminded_at: null, payment_due_at: { $lte: at, $gt: this.now() } },
      { select: ["id"], take: limit }
    )
    return lots.map((l) => l.id)
  }

  /** Ids of lots whose end has passed but that are not closed yet (bounded batch). */
  async listDueLotIds(limit = 100): Promise<string[]> {
    const lots = await this.listAuctionLots(
      { status: ["scheduled", "active"], ends_at: { $lte: this.now() } },
      { select: ["id"], take: limit, order: { ends_at: "ASC" } }
    )
    return lots.map((l) => l.id)
  }

  /** Won lots still without a cart 5 minutes after their last change: the cart step was interrupted. */
  async listLotsMissingCart(limit = 100): Promise<LotRow[]> {
    const before = new Date(this.now().getTime() - 5 * 60_000)
    const lots = await this.listAuctionLots({ payment_status: "awaiting", cart_id: null, updated_at: { $lt: before } }, { take: limit })
    return lots as unknown as LotRow[]
  }

  async listUnpaidExpiredLotIds(limit = 100): Promise<string[]> {
    const lots = await this.listAuctionLots({ payment_status: "awaiting", payment_due_at: { $lte: this.now() } }, { select: ["id"], take: limit })
    return lots.map((l) => l.id)
  }

  /**
   * The winner did not pay in time: offer the lot to the runner-up at their own
   * maximum (if it meets the reserve), or relist it, per the unpaidAction option.
   */
  @InjectTransactionManager()
  async handleUnpaid(lotId: string, @MedusaContext() ctx: Context = {}): Promise<UnpaidOutcome> {
    const db = this.db_(ctx)
    const before = await this.lockLot_(ctx, lotId)
    const now = this.now()
    if (before.payment_status !== "awaiting" || !before.payment_due_at || now < new Date(before.payment_due_at)) {
      return { action: "none", before, lot: before }
    }
    if (this.options_.unpaidAction === "second_chance" && before.won_via === "bidding") {
      const runnerUp = (await db(BID)
        .where({ lot_id: before.id, accepted: true })
        .whereNot({ customer_id: before.winner_customer_id })
        .groupBy("customer_id")
        .select("customer_id")
        .max({ max_cents: "max_amount_cents" })
        .orderBy("max_cents", "desc")
        .first()) as { customer_id: string; max_cents: number } | undefined
      if (runnerUp && runnerUp.max_cents >= (before.reserve_price_cents ?? 0)) {
        const lot = await this.updateLot_(ctx, before.id, {
          lapsed_winner_customer_id: before.winner_customer_id,
          lapsed_winning_price_cents: before.winning_price_cents,
          lapsed_payment_due_at: before.payment_due_at,
          winner_customer_id: runnerUp.customer_id,
          winning_price_cents: Math.min(runnerUp.max_cents, before.winning_price_cents ?? runnerUp.max_cents),
          won_via: "second_chance",
          cart_id: null,
          payment_status: "awaiting",
          payment_reminded_at: null,
          payment_due_at: this.paymentDue_(now),
        })
        return { action: "second_chance", before, lot }
      }
    }
    const [relisted] = await db(LOT).insert(planRelist(before, now)).returning("*")
    const lot = await this.updateLot_(ctx, before.id, { payment_status: "expired", relisted_as_id: relisted.id })
    return { action: "relist", before, lot, relisted }
  }

  minimumNextBidOf(lot: LotRow): number {
    return minimumNextBidOfLot(lot)
  }

  // ── Privacy contract ────────────────────────────────────────────────────────

  getPersonalDataDescriptor(): PersonalDataDescriptor {
    return {
      module: "auction",
      entities: [
        {
          entity: "auction_bid",
          personal_fields: ["customer_id", "displaced_customer_id"],
          description: "Bids a customer placed (amounts, maximum, time), and the bids that outbid them (until the outbid mail is sent and the lot closed).",
        },
        {
          entity: "auction_lot",
          personal_fields: ["leader_customer_id", "winner_customer_id", "lapsed_winner_customer_id"],
          description: "Lots the customer leads, won, or won and did not pay.",
        },
        { entity: "auction_ban", personal_fields: ["customer_id", "reason"], description: "A ban from bidding." },
      ],
    }
  }

  @InjectTransactionManager()
  async exportSubjectData(subject: PrivacySubject, @MedusaContext() ctx: Context = {}): Promise<SubjectDataExport> {
    const empty = { module: "auction", entities: { auction_bid: [], auction_lot: [], auction_ban: [] } }
    const id = subject.customer_id
    if (!id) return empty // bids are tied to customer accounts only; an e-mail alone finds nothing here
    const db = this.db_(ctx)
    const bids = await db(BID).where({ customer_id: id, deleted_at: null }).orderBy(["lot_id", "sequence"])
    const lots = await db(LOT)
      .where((q) => q.where({ leader_customer_id: id }).orWhere({ winner_customer_id: id }).orWhere({ lapsed_winner_customer_id: id }))
      .whereNull("deleted_at")
    const bans = await db(BAN).where({ customer_id: id, deleted_at: null })
    const json = (rows: Record<string, unknown>[]) => JSON.parse(JSON.stringify(rows))
    return {
      module: "auction",
      entities: {
        // Whom a bid displaced is another customer's id: not part of this subject's export.
        auction_bid: json(bids.map(({ displaced_customer_id, displaced_notified_at, ...b }: BidRow) => b)),
        auction_lot: json(
          lots.map((l: LotRow) => ({
            id: l.id,
            variant_id: l.variant_id,
            status: l.status,
            result: l.result,
            is_leader: l.leader_customer_id === id,
            is_winner: l.winner_customer_id === id,
            is_lapsed_winner: l.lapsed_winner_customer_id === id,
            winning_price_cents: l.winner_customer_id === id ? l.winning_price_cents : null,
            payment_status: l.winner_customer_id === id ? l.payment_status : null,
            payment_due_at: l.winner_customer_id === id ? l.payment_due_at : null,
          }))
        ),
        auction_ban: json(bans),
      },
    }
  }

  /**
   * Replaces the customer id by one opaque token per erasure, in bids and lots
   * alike: pseudonyms, leaders, winners and prices stay exactly as they were.
   */
  eraseSubjectData(subject: PrivacySubject, @MedusaContext() ctx: Context = {}): Promise<SubjectErasureResult> {
    return this.eraseSubjectsData([subject], ctx)
  }

  /**
   * Batch form of eraseSubjectData (privacy retention). Each customer id is replaced by its own opaque token
   * (one per subject per erasure), so pseudonyms, leaders, winners and prices stay exactly as they were.
   */
  @InjectTransactionManager()
  async eraseSubjectsData(subjects: PrivacySubject[], @MedusaContext() ctx: Context = {}): Promise<SubjectErasureResult> {
    const result = { module: "auction", erased: { auction_ban: 0 }, anonymized: { auction_bid: 0, auction_lot: 0 } }
    // Bids are tied to customer accounts only; an e-mail alone finds nothing here.
    const ids = [...new Set(subjects.map((s) => s.customer_id).filter((id): id is string => !!id))]
    if (!ids.length) return result
    const db = this.db_(ctx)
    const bidders: string[] = (await db(BID).whereIn("customer_id", ids).distinct("customer_id")).map((r: { customer_id: string }) => r.customer_id)

    const leaders: LotRow[] = await db(LOT)
      .where((q) => q.whereIn("leader_customer_id", ids).orWhereIn("winner_customer_id", ids).orWhereIn("lapsed_winner_customer_id", ids))
      .select("id", "leader_customer_id", "winner_customer_id", "lapsed_winner_customer_id")
    const involved = new Set([...bidders, ...leaders.flatMap((l) => [l.leader_customer_id, l.winner_customer_id, l.lapsed_winner_customer_id])])
    const now = this.now()
    const lotIds = new Set<string>()
    // The leader a bid displaced is only needed to mail them: erased, not pseudonymised.
    const displaced: { id: string }[] = await db(BID).whereIn("displaced_customer_id", ids).update({ displaced_customer_id: null }).returning("id")
    const bidIds = new Set(displaced.map((r) => r.id))
    for (const id of ids.filter((i) => involved.has(i))) {
      const token = generateEntityId(undefined, "anon")
      const rows: { id: string }[] = await db(BID).where({ customer_id: id }).update({ customer_id: token, anonymized_at: now }).returning("id")
      rows.forEach((r) => bidIds.add(r.id))
      for (const field of ["leader_customer_id", "winner_customer_id", "lapsed_winner_customer_id"] as const) {
        const rows = await db(LOT)
          .where({ [field]: id })
          .update({ [field]: token })
          .returning("id")
        rows.forEach((r: { id: string }) => lotIds.add(r.id))
      }
    }
    result.anonymized.auction_bid = bidIds.size
    result.anonymized.auction_lot = lotIds.size
    result.erased.auction_ban = await db(BAN).whereIn("customer_id", ids).delete()
    return result
  }

  async getLegalHolds(subject: PrivacySubject): Promise<LegalHold[]> {
    return (await this.getLegalHoldsForSubjects([subject]))[0]
  }

  /** An unpaid auction win holds the winner's erasure (batch form: one query). */
  async getLegalHoldsForSubjects(subjects: PrivacySubject[]): Promise<LegalHold[][]> {
    const ids = [...new Set(subjects.map((s) => s.customer_id).filter((id): id is string => !!id))]
    const lots = ids.length ? await this.listAuctionLots({ winner_customer_id: ids, payment_status: "awaiting" }, { select: ["id", "winner_customer_id"] }) : []
    return subjects.map((s) =>
      lots
        .filter((l) => s.customer_id && l.winner_customer_id === s.customer_id)
        .map((l) => ({ module: "auction", reason: "unpaid auction win", reference: l.id }))
    )
  }

  /** Anonymises losing bids of lots closed longer ago than losingBidRetentionDays (bounded batch). */
  @InjectTransactionManager()
  async anonymizeLosingBids(@MedusaContext() ctx: Context = {}): Promise<number> {
    const db = this.db_(ctx)
    const before = new Date(this.now().getTime() - this.options_.losingBidRetentionDays * 86400_000)
    const lots: { id: string; winner_customer_id: string | null }[] = await db(LOT)
      .whereIn("status", ["ended", "cancelled"])
      .where("ended_at", "<", before)
      .whereNot({ payment_status: "awaiting" })
      .select("id", "winner_customer_id")
      .limit(200)
    let n = 0
    for (const lot of lots) {
      // Whom each bid displaced was only needed for the outbid mail, long sent.
      await db(BID).where({ lot_id: lot.id }).whereNotNull("displaced_customer_id").update({ displaced_customer_id: null })
      const bidders: { customer_id: string }[] = await db(BID)
        .where({ lot_id: lot.id, anonymized_at: null })
        .whereNot({ customer_id: lot.winner_customer_id ?? "" })
        .distinct("customer_id")
      for (const b of bidders) {
        // One token per bidder per lot keeps the history's pseudonyms and grouping intact.
        n += await db(BID)
          .where({ lot_id: lot.id, customer_id: b.customer_id })
          .update({ customer_id: generateEntityId(undefined, "anon"), anonymized_at: this.now() })
      }
    }
    return n
  }
}

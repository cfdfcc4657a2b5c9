import { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import AuctionBan from "./models/auction-ban"
import AuctionBid from "./models/auction-bid"
import AuctionLot from "./models/auction-lot"
import { applyBid, IncrementStep, LotPriceState, minimumNextBid } from "./engine"
import { AuctionPluginOptions, parseAuctionOptions, ResolvedAuctionOptions } from "./options"
import {
  BidRejectionCode,
  LegalHold,
  LotRow,
  BidRow,
  PersonalDataDescriptor,
  PrivacySubject,
  SubjectDataExport,
  SubjectErasureResult,
} from "./types"

export type PlaceBidInput = { lot_id: string; customer_id: string; amount_cents: number; max_amount_cents?: number | null }
export type PlaceBidResult = {
  bid: BidRow
  lot: LotRow
  rejection: { code: BidRejectionCode; minimum_cents?: number } | null
  previous_leader_id: string | null
}
export type UnpaidOutcome = { action: "second_chance" | "relist" | "none"; lot: LotRow; relisted?: LotRow }

const LOT = "auction_lot"
const BID = "auction_bid"
const BAN = "auction_ban"

/**
 * The auction module. Every state change of a lot happens inside one database
 * transaction that first takes the lot's row lock (SELECT … FOR UPDATE), so
 * bids, closing and payment handling are serialised per lot, across processes.
 */
export default class AuctionModuleService extends MedusaService({ AuctionLot, AuctionBid, AuctionBan }) {
  protected readonly options_: ResolvedAuctionOptions
  protected clockOffsetMs_ = 0

  constructor(container: Record<string, unknown>, options?: AuctionPluginOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseAuctionOptions(options)
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
    const lot = await this.db_(ctx)(LOT).where({ id: lotId, deleted_at: null }).forUpdate().first()
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

  /** Applies one bid under the lot's row lock; a rejected bid is recorded too but changes nothing. */
  @InjectTransactionManager()
  async placeBid(input: PlaceBidInput, @MedusaContext() ctx: Context = {}): Promise<PlaceBidResult> {
    const db = this.db_(ctx)
    const lot = await this.lockLot_(ctx, input.lot_id)
    const now = this.now()
    const table = lot.increments as IncrementStep[]
    const state: LotPriceState = {
      starting_cents: lot.starting_price_cents,
      reserve_cents: lot.reserve_price_cents,
      price_cents: lot.current_price_cents,
      leader: lot.leader_customer_id,
      leader_max_cents: lot.leader_max_cents,
    }
    const max = input.max_amount_cents ?? input.amount_cents
    const banned = await db(BAN).where({ customer_id: input.customer_id, deleted_at: null }).first("id")

    let rejection: PlaceBidResult["rejection"] = null
    let decision: ReturnType<typeof applyBid> | null = null
    if (lot.status === "cancelled") rejection = { code: "cancelled" }
    else if (now < new Date(lot.starts_at)) rejection = { code: "not_started" }
    else if (lot.status === "ended" || now >= new Date(lot.ends_at)) rejection = { code: "ended" }
    else if (banned) rejection = { code: "banned" }
    else {
      decision = applyBid(state, table, { bidder: input.customer_id, amount_cents: input.amount_cents, max_cents: max })
      if (!decision.ok) rejection = { code: decision.code, minimum_cents: decision.minimum_cents }
    }

    const accepted = !!decision?.ok
    const previous = await db(BID)
      .where({ lot_id: lot.id, customer_id: input.customer_id })
      .whereNotNull("bidder_number")
      .first("bidder_number")
    const bidderNumber = previous?.bidder_number ?? (accepted ? lot.bidder_count + 1 : null)
    const patch: Partial<LotRow> = { sequence: lot.sequence + 1 }
    if (accepted && !previous) patch.bidder_count = lot.bidder_count + 1

    let outbid = false
    let previousLeader: string | null = null
    if (decision?.ok) {
      outbid = decision.outbid
      previousLeader = decision.previous_leader
      Object.assign(patch, {
        status: "active",
        current_price_cents: decision.state.price_cents,
        leader_customer_id: decision.state.leader,
        leader_max_cents: decision.state.leader_max_cents,
      })
      if (decision.kind === "bid") {
        patch.bid_count = lot.bid_count + 1
        patch.ends_at = this.extendedEnd_(lot, now)
      }
    }
    const [bid] = await db(BID)
      .insert({
        id: generateEntityId(undefined, "bid"),
        lot_id: lot.id,
        customer_id: input.customer_id,
        bidder_number: bidderNumber,
        sequence: lot.sequence + 1,
        amount_cents: input.amount_cents,
        max_amount_cents: max,
        kind: decision?.ok ? decision.kind : "bid",
        accepted,
        rejection_code: rejection?.code ?? null,
        outbid,
        price_after_cents: decision?.ok ? decision.state.price_cents : null,
        ends_at_after: decision?.ok ? patch.ends_at ?? lot.ends_at : null,
      })
      .returning("*")
    const updated = await this.updateLot_(ctx, lot.id, patch)
    return { bid, lot: updated, rejection, previous_leader_id: previousLeader }
  }

  /** Anti-sniping: an accepted bid inside the window pushes the end out, never past the cap. */
  protected extendedEnd_(lot: LotRow, now: Date): Date {
    const ends = new Date(lot.ends_at).getTime()
    if (!lot.snipe_window_seconds || ends - now.getTime() > lot.snipe_window_seconds * 1000) return new Date(ends)
    const cap = new Date(lot.original_ends_at).getTime() + lot.snipe_cap_seconds * 1000
    return new Date(Math.min(Math.max(ends, now.getTime() + lot.snipe_extension_seconds * 1000), cap))
  }

  /** Buys the lot at its buy-now price; only before the first accepted bid. */
  @InjectTransactionManager()
  async buyNow(input: { lot_id: string; customer_id: string }, @MedusaContext() ctx: Context = {}) {
    const db = this.db_(ctx)
    const lot = await this.lockLot_(ctx, input.lot_id)
    const now = this.now()
    const banned = await db(BAN).where({ customer_id: input.customer_id, deleted_at: null }).first("id")
    let code: BidRejectionCode | null = null
    if (lot.status === "cancelled") code = "cancelled"
    else if (now < new Date(lot.starts_at)) code = "not_started"
    else if (lot.status === "ended" || now >= new Date(lot.ends_at)) code = "ended"
    else if (banned) code = "banned"
    else if (lot.buy_now_price_cents === null || lot.bid_count > 0) code = "buy_now_unavailable"
    if (code) return { lot, rejection: { code } as { code: BidRejectionCode } }
    await db(BID).insert({
      id: generateEntityId(undefined, "bid"),
      lot_id: lot.id,
      customer_id: input.customer_id,
      bidder_number: lot.bidder_count + 1,
      sequence: lot.sequence + 1,
      amount_cents: lot.buy_now_price_cents,
      max_amount_cents: lot.buy_now_price_cents,
      kind: "buy_now",
      accepted: true,
      outbid: false,
      price_after_cents: lot.buy_now_price_cents,
      ends_at_after: now,
    })
    const updated = await this.updateLot_(ctx, lot.id, {
      sequence: lot.sequence + 1,
      bidder_count: lot.bidder_count + 1,
      status: "ended",
      result: "won",
      ends_at: now,
      ended_at: now,
      current_price_cents: lot.buy_now_price_cents,
      leader_customer_id: input.customer_id,
      leader_max_cents: lot.buy_now_price_cents,
      winner_customer_id: input.customer_id,
      winning_price_cents: lot.buy_now_price_cents,
      won_via: "buy_now",
      payment_status: "awaiting",
      payment_due_at: this.paymentDue_(now),
    })
    return { lot: updated, rejection: null }
  }

  protected paymentDue_(from: Date) {
    return new Date(from.getTime() + this.options_.paymentWindowHours * 3600_000)
  }

  /** Ids of lots whose end has passed but that are not closed yet (bounded batch). */
  async listDueLotIds(limit = 100): Promise<string[]> {
    const lots = await this.listAuctionLots(
      { status: ["scheduled", "active"], ends_at: { $lte: this.now() } },
      { select: ["id"], take: limit, order: { ends_at: "ASC" } }
    )
    return lots.map((l) => l.id)
  }

  /**
   * Closes a lot exactly once: the status check and the transition happen under
   * the row lock, so a second worker finds it ended and gets null.
   */
  @InjectTransactionManager()
  async closeLot(lotId: string, @MedusaContext() ctx: Context = {}): Promise<LotRow | null> {
    const lot = await this.lockLot_(ctx, lotId)
    const now = this.now()
    if (lot.status === "ended" || lot.status === "cancelled" || now < new Date(lot.ends_at)) return null
    const result =
      lot.bid_count === 0
        ? "no_bids"
        : lot.reserve_price_cents !== null && (lot.current_price_cents ?? 0) < lot.reserve_price_cents
          ? "reserve_not_met"
          : "won"
    const won = result === "won"
    return this.updateLot_(ctx, lot.id, {
      status: "ended",
      result,
      ended_at: now,
      winner_customer_id: won ? lot.leader_customer_id : null,
      winning_price_cents: won ? lot.current_price_cents : null,
      won_via: won ? "bidding" : null,
      payment_status: won ? "awaiting" : null,
      payment_due_at: won ? this.paymentDue_(now) : null,
    })
  }

  /** Records the winner's cart once; returns false when another worker already did. */
  @InjectTransactionManager()
  async attachCart(lotId: string, cartId: string, @MedusaContext() ctx: Context = {}): Promise<boolean> {
    const n = await this.db_(ctx)(LOT).where({ id: lotId, cart_id: null }).update({ cart_id: cartId })
    return n === 1
  }

  @InjectTransactionManager()
  async markPaid(cartId: string, orderId: string, @MedusaContext() ctx: Context = {}): Promise<LotRow | null> {
    const [row] = await this.db_(ctx)(LOT)
      .where({ cart_id: cartId, payment_status: "awaiting" })
      .update({ payment_status: "paid", order_id: orderId, updated_at: this.now() })
      .returning("*")
    return row ?? null
  }

  /** Claims the payment reminder of a lot once; true for the single caller that may send it. */
  @InjectTransactionManager()
  async claimReminder(lotId: string, @MedusaContext() ctx: Context = {}): Promise<boolean> {
    const n = await this.db_(ctx)(LOT)
      .where({ id: lotId, payment_status: "awaiting", payment_reminded_at: null })
      .update({ payment_reminded_at: this.now() })
    return n === 1
  }

  async listReminderDueLotIds(limit = 100): Promise<string[]> {
    const at = new Date(this.now().getTime() + this.options_.paymentReminderHours * 3600_000)
    const lots = await this.listAuctionLots(
      { payment_status: "awaiting", payment_reminded_at: null, payment_due_at: { $lte: at, $gt: this.now() } },
      { select: ["id"], take: limit }
    )
    return lots.map((l) => l.id)
  }

  /** Won lots still without a cart 5 minutes after their last change: the cart step was interrupted. */
  async listLotsMissingCart(limit = 100): Promise<LotRow[]> {
    const before = new Date(this.now().getTime() - 5 * 60_000)
    const lots = await this.listAuctionLots(
      { payment_status: "awaiting", cart_id: null, updated_at: { $lt: before } },
      { take: limit }
    )
    return lots as unknown as LotRow[]
  }

  async listUnpaidExpiredLotIds(limit = 100): Promise<string[]> {
    const lots = await this.listAuctionLots(
      { payment_status: "awaiting", payment_due_at: { $lte: this.now() } },
      { select: ["id"], take: limit }
    )
    return lots.map((l) => l.id)
  }

  /**
   * The winner did not pay in time: offer the lot to the runner-up at their own
   * maximum (if it meets the reserve), or relist it, per the unpaidAction option.
   */
  @InjectTransactionManager()
  async handleUnpaid(lotId: string, @MedusaContext() ctx: Context = {}): Promise<UnpaidOutcome> {
    const db = this.db_(ctx)
    const lot = await this.lockLot_(ctx, lotId)
    const now = this.now()
    if (lot.payment_status !== "awaiting" || !lot.payment_due_at || now < new Date(lot.payment_due_at)) {
      return { action: "none", lot }
    }
    if (this.options_.unpaidAction === "second_chance" && lot.won_via === "bidding") {
      const runnerUp = await db(BID)
        .where({ lot_id: lot.id, accepted: true })
        .whereNot({ customer_id: lot.winner_customer_id })
        .groupBy("customer_id")
        .select("customer_id")
        .max({ max_cents: "max_amount_cents" })
        .orderBy("max_cents", "desc")
        .first() as { customer_id: string; max_cents: number } | undefined
      const reserve = lot.reserve_price_cents ?? 0
      if (runnerUp && runnerUp.max_cents >= reserve) {
        const updated = await this.updateLot_(ctx, lot.id, {
          lapsed_winner_customer_id: lot.winner_customer_id,
          winner_customer_id: runnerUp.customer_id,
          winning_price_cents: Math.min(runnerUp.max_cents, lot.winning_price_cents ?? runnerUp.max_cents),
          won_via: "second_chance",
          cart_id: null,
          payment_status: "awaiting",
          payment_reminded_at: null,
          payment_due_at: this.paymentDue_(now),
        })
        return { action: "second_chance", lot: updated }
      }
    }
    const duration = new Date(lot.original_ends_at).getTime() - new Date(lot.starts_at).getTime()
    const [relisted] = await db(LOT)
      .insert({
        id: generateEntityId(undefined, "auc"),
        variant_id: lot.variant_id,
        title: lot.title,
        currency_code: lot.currency_code,
        starts_at: now,
        ends_at: new Date(now.getTime() + duration),
        original_ends_at: new Date(now.getTime() + duration),
        starting_price_cents: lot.starting_price_cents,
        reserve_price_cents: lot.reserve_price_cents,
        buy_now_price_cents: lot.buy_now_price_cents,
        increments: JSON.stringify(lot.increments),
        snipe_window_seconds: lot.snipe_window_seconds,
        snipe_extension_seconds: lot.snipe_extension_seconds,
        snipe_cap_seconds: lot.snipe_cap_seconds,
        status: "active",
      })
      .returning("*")
    const updated = await this.updateLot_(ctx, lot.id, { payment_status: "expired", relisted_as_id: relisted.id })
    return { action: "relist", lot: updated, relisted }
  }

  /** Cancels a lot that has not ended. */
  @InjectTransactionManager()
  async cancelLot(lotId: string, @MedusaContext() ctx: Context = {}): Promise<LotRow> {
    const lot = await this.lockLot_(ctx, lotId)
    if (lot.status === "ended" || lot.status === "cancelled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Auction lot ${lotId} is ${lot.status} and cannot be cancelled`)
    }
    return this.updateLot_(ctx, lot.id, { status: "cancelled", ended_at: this.now() })
  }

  minimumNextBidOf(lot: LotRow): number {
    return minimumNextBid(
      {
        starting_cents: lot.starting_price_cents,
        reserve_cents: lot.reserve_price_cents,
        price_cents: lot.current_price_cents,
        leader: lot.leader_customer_id,
        leader_max_cents: lot.leader_max_cents,
      },
      lot.increments as IncrementStep[]
    )
  }

  // ── Privacy contract ────────────────────────────────────────────────────────

  getPersonalDataDescriptor(): PersonalDataDescriptor {
    return {
      module: "auction",
      entities: [
        { entity: "auction_bid", personal_fields: ["customer_id"], description: "Bids a customer placed (amounts, maximum, time)." },
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
        auction_bid: json(bids),
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
    for (const id of ids.filter((i) => involved.has(i))) {
      const token = generateEntityId(undefined, "anon")
      result.anonymized.auction_bid += await db(BID).where({ customer_id: id }).update({ customer_id: token, anonymized_at: now })
      for (const field of ["leader_customer_id", "winner_customer_id", "lapsed_winner_customer_id"] as const) {
        const rows = await db(LOT).where({ [field]: id }).update({ [field]: token }).returning("id")
        rows.forEach((r: { id: string }) => lotIds.add(r.id))
      }
    }
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
    const lots = ids.length
      ? await this.listAuctionLots({ winner_customer_id: ids, payment_status: "awaiting" }, { select: ["id", "winner_customer_id"] })
      : []
    return subjects.map((s) =>
      lots.filter((l) => s.customer_id && l.winner_customer_id === s.customer_id).map((l) => ({ module: "auction", reason: "unpaid auction win", reference: l.id }))
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

import { generateEntityId } from "@medusajs/framework/utils"
import { applyBid, IncrementStep, LotPriceState, minimumNextBid } from "./engine"
import { BidRejectionCode, BidRow, LotRow } from "./types"

/**
 * Pure state transitions of a lot. The service applies them under the lot's row
 * lock; keeping them here keeps the service to locking and writing.
 */

export type Rejection = { code: BidRejectionCode; minimum_cents?: number }

/** The lot fields a transition may change: what a compensation writes back. */
export const MUTABLE_LOT_FIELDS = [
  "status",
  "result",
  "ends_at",
  "ended_at",
  "current_price_cents",
  "leader_customer_id",
  "leader_max_cents",
  "bid_count",
  "bidder_count",
  "sequence",
  "winner_customer_id",
  "winning_price_cents",
  "won_via",
  "payment_due_at",
  "payment_status",
  "payment_reminded_at",
  "cart_id",
  "order_id",
  "lapsed_winner_customer_id",
  "lapsed_winning_price_cents",
  "lapsed_payment_due_at",
  "relisted_as_id",
  "cancel_reason",
  "cancelled_by",
  "updated_at",
] as const

/** Why a bid (or buy-now) cannot be taken at all, before the proxy rules. */
export function gateRejection(lot: LotRow, now: Date, banned: boolean): Rejection | null {
  if (lot.status === "cancelled") return { code: "cancelled" }
  if (now < new Date(lot.starts_at)) return { code: "not_started" }
  if (lot.status === "ended" || now >= new Date(lot.ends_at)) return { code: "ended" }
  if (banned) return { code: "banned" }
  return null
}

/** Anti-sniping: an accepted bid inside the window pushes the end out, never past the cap. */
export function extendedEnd(lot: LotRow, now: Date): Date {
  const ends = new Date(lot.ends_at).getTime()
  if (!lot.snipe_window_seconds || ends - now.getTime() > lot.snipe_window_seconds * 1000) return new Date(ends)
  const cap = new Date(lot.original_ends_at).getTime() + lot.snipe_cap_seconds * 1000
  return new Date(Math.min(Math.max(ends, now.getTime() + lot.snipe_extension_seconds * 1000), cap))
}

export type BidInput = { lot_id: string; customer_id: string; amount_cents: number; max_amount_cents?: number | null }

/** The bid row to insert and the lot patch for one bid (accepted or rejected). */
export function planBid(lot: LotRow, input: BidInput, now: Date, banned: boolean, knownBidderNumber: number | null) {
  const max = input.max_amount_cents ?? input.amount_cents
  const state: LotPriceState = {
    starting_cents: lot.starting_price_cents,
    reserve_cents: lot.reserve_price_cents,
    price_cents: lot.current_price_cents,
    leader: lot.leader_customer_id,
    leader_max_cents: lot.leader_max_cents,
  }
  let rejection = gateRejection(lot, now, banned)
  let decision: ReturnType<typeof applyBid> | null = null
  if (!rejection) {
    decision = applyBid(state, lot.increments as IncrementStep[], {
      bidder: input.customer_id,
      amount_cents: input.amount_cents,
      max_cents: max,
    })
    if (!decision.ok) rejection = { code: decision.code, minimum_cents: decision.minimum_cents }
  }
  const accepted = !!decision?.ok
  const patch: Partial<LotRow> = { sequence: lot.sequence + 1 }
  if (accepted && knownBidderNumber === null) patch.bidder_count = lot.bidder_count + 1
  let previousLeader: string | null = null
  if (decision?.ok) {
    previousLeader = decision.previous_leader
    Object.assign(patch, {
      status: "active",
      current_price_cents: decision.state.price_cents,
      leader_customer_id: decision.state.leader,
      leader_max_cents: decision.state.leader_max_cents,
    })
    if (decision.kind === "bid") {
      patch.bid_count = lot.bid_count + 1
      patch.ends_at = extendedEnd(lot, now)
    }
  }
  const bid: Partial<BidRow> = {
    id: generateEntityId(undefined, "bid"),
    lot_id: lot.id,
    customer_id: input.customer_id,
    bidder_number: knownBidderNumber ?? (accepted ? lot.bidder_count + 1 : null),
    sequence: lot.sequence + 1,
    amount_cents: input.amount_cents,
    max_amount_cents: max,
    kind: decision?.ok ? decision.kind : "bid",
    accepted,
    rejection_code: rejection?.code ?? null,
    outbid: decision?.ok ? decision.outbid : false,
    price_after_cents: decision?.ok ? decision.state.price_cents : null,
    ends_at_after: decision?.ok ? (patch.ends_at ?? lot.ends_at) : null,
    displaced_customer_id: previousLeader,
  }
  return { bid, patch, rejection, previousLeader }
}

/** Buy-now: the bid row and the lot patch that end the lot with the buyer as winner. */
export function planBuyNow(lot: LotRow, customerId: string, now: Date, paymentDue: Date) {
  const price = lot.buy_now_price_cents!
  const bid: Partial<BidRow> = {
    id: generateEntityId(undefined, "bid"),
    lot_id: lot.id,
    customer_id: customerId,
    bidder_number: lot.bidder_count + 1,
    sequence: lot.sequence + 1,
    amount_cents: price,
    max_amount_cents: price,
    kind: "buy_now",
    accepted: true,
    outbid: false,
    price_after_cents: price,
    ends_at_after: now,
  }
  const patch: Partial<LotRow> = {
    sequence: lot.sequence + 1,
    bidder_count: lot.bidder_count + 1,
    status: "ended",
    result: "won",
    ends_at: now,
    ended_at: now,
    current_price_cents: price,
    leader_customer_id: customerId,
    leader_max_cents: price,
    winner_customer_id: customerId,
    winning_price_cents: price,
    won_via: "buy_now",
    payment_status: "awaiting",
    payment_due_at: paymentDue,
  }
  return { bid, patch }
}

/** Closing: result, winner and payment deadline of a lot whose end has passed. */
export function planClose(lot: LotRow, now: Date, paymentDue: Date): Partial<LotRow> {
  const result =
    lot.bid_count === 0 ? "no_bids" : lot.reserve_price_cents !== null && (lot.current_price_cents ?? 0) < lot.reserve_price_cents ? "reserve_not_met" : "won"
  const won = result === "won"
  return {
    status: "ended",
    result,
    ended_at: now,
    winner_customer_id: won ? lot.leader_customer_id : null,
    winning_price_cents: won ? lot.current_price_cents : null,
    won_via: won ? "bidding" : null,
    payment_status: won ? "awaiting" : null,
    payment_due_at: won ? paymentDue : null,
  }
}

/** A fresh lot with the settings of an unpaid one, running as long as the original did. */
export function planRelist(lot: LotRow, now: Date): Record<string, unknown> {
  const duration = new Date(lot.original_ends_at).getTime() - new Date(lot.starts_at).getTime()
  return {
    id: generateEntityId(undefined, "auc"),
    variant_id: lot.variant_id,
    sales_channel_id: lot.sales_channel_id,
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
  }
}

/** The minimum next bid of a lot as stored. */
export function minimumNextBidOfLot(lot: LotRow): number {
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

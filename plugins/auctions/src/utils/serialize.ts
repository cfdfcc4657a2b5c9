import { BidRow, LotRow } from "../modules/auction/types"
import { fromCents } from "./money"

type Lot = LotRow & { starts_at: Date | string; ends_at: Date | string }
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

/** The effective status by server time: a scheduled lot whose start has passed is active. */
export function effectiveStatus(lot: Lot, now: Date): LotRow["status"] {
  if (lot.status === "scheduled" && now >= new Date(lot.starts_at)) return "active"
  return lot.status
}

/** What anyone may see of a lot: no leader, no maximum, no reserve amount. */
export function publicLot(lot: Lot, now: Date, minimumNextCents: number) {
  const c = lot.currency_code
  const status = effectiveStatus(lot, now)
  const open = status === "active" || status === "scheduled"
  return {
    id: lot.id,
    variant_id: lot.variant_id,
    title: lot.title,
    currency_code: lot.currency_code,
    status,
    result: lot.result,
    starts_at: iso(lot.starts_at),
    ends_at: iso(lot.ends_at),
    starting_price: fromCents(lot.starting_price_cents, c),
    current_price: fromCents(lot.current_price_cents, c),
    minimum_next_bid: open ? fromCents(minimumNextCents, c) : null,
    bid_count: lot.bid_count,
    bidder_count: lot.bidder_count,
    has_reserve: lot.reserve_price_cents !== null,
    reserve_met: lot.reserve_price_cents === null ? null : (lot.current_price_cents ?? -1) >= lot.reserve_price_cents,
    buy_now_price: open && lot.bid_count === 0 ? fromCents(lot.buy_now_price_cents, c) : null,
    increments: lot.increments.map((s) => ({ from: fromCents(s.from_cents, c), increment: fromCents(s.increment_cents, c) })),
    anti_sniping: {
      window_seconds: lot.snipe_window_seconds,
      extension_seconds: lot.snipe_extension_seconds,
      cap_seconds: lot.snipe_cap_seconds,
    },
  }
}

/** The admin view: everything, including identities and payment. */
export function adminLot(lot: Lot, now: Date, minimumNextCents: number) {
  const c = lot.currency_code
  return {
    ...publicLot(lot, now, minimumNextCents),
    stored_status: lot.status,
    sales_channel_id: lot.sales_channel_id ?? null,
    original_ends_at: iso(lot.original_ends_at),
    reserve_price: fromCents(lot.reserve_price_cents, c),
    buy_now_price: fromCents(lot.buy_now_price_cents, c),
    leader_customer_id: lot.leader_customer_id,
    leader_max: fromCents(lot.leader_max_cents, c),
    winner_customer_id: lot.winner_customer_id,
    winning_price: fromCents(lot.winning_price_cents, c),
    won_via: lot.won_via,
    ended_at: iso(lot.ended_at),
    payment_status: lot.payment_status,
    payment_due_at: iso(lot.payment_due_at),
    cart_id: lot.cart_id,
    order_id: lot.order_id,
    lapsed_winner_customer_id: lot.lapsed_winner_customer_id,
    lapsed_winning_price: fromCents(lot.lapsed_winning_price_cents, c),
    relisted_as_id: lot.relisted_as_id,
    cancel_reason: lot.cancel_reason ?? null,
    cancelled_by: lot.cancelled_by ?? null,
    created_at: iso(lot.created_at),
  }
}

/**
 * A bid in the public history: pseudonym only ("<bidderLabel> 3", the `bidderLabel` option); `is_mine` for
 * the logged-in bidder.
 */
export function publicBid(bid: BidRow, viewerId: string | null, currency: string, bidderLabel: string) {
  return {
    id: bid.id,
    sequence: bid.sequence,
    // A rejected bid of a customer who never had an accepted one has no pseudonym.
    bidder: bid.bidder_number === null ? null : `${bidderLabel} ${bid.bidder_number}`,
    bidder_number: bid.bidder_number,
    amount: fromCents(bid.amount_cents, currency),
    price_after: fromCents(bid.price_after_cents, currency),
    kind: bid.kind,
    outbid: bid.outbid,
    is_mine: viewerId !== null && bid.customer_id === viewerId,
    created_at: iso(bid.created_at),
  }
}

export function adminBid(bid: BidRow, currency: string, bidderLabel: string) {
  return {
    ...publicBid(bid, null, currency, bidderLabel),
    customer_id: bid.customer_id,
    max_amount: fromCents(bid.max_amount_cents, currency),
    accepted: bid.accepted,
    rejection_code: bid.rejection_code,
    ends_at_after: iso(bid.ends_at_after),
    anonymized: bid.anonymized_at !== null,
  }
}

/** The bidder's own view of their bid, maximum included. */
export function ownBid(bid: BidRow, lot: LotRow, bidderLabel: string) {
  return {
    ...publicBid(bid, bid.customer_id, lot.currency_code, bidderLabel),
    max_amount: fromCents(bid.max_amount_cents, lot.currency_code),
    accepted: bid.accepted,
    is_leading: lot.leader_customer_id === bid.customer_id,
  }
}

export type WinStatus = "awaiting_payment" | "paid" | "expired" | "cancelled"
export type WinKind = "won" | "second_chance" | "buy_now"

/**
 * One of the customer's wins as GET /store/auction-wins returns it. For the
 * customer whose win lapsed to the runner-up it is their own expired win (their
 * price and deadline), never the runner-up's cart.
 */
export function winOf(lot: LotRow, customerId: string, thumbnail: string | null, now: Date) {
  const c = lot.currency_code
  const lapsed = lot.winner_customer_id !== customerId && lot.lapsed_winner_customer_id === customerId
  const due = lapsed ? lot.lapsed_payment_due_at : lot.payment_due_at
  let status: WinStatus
  if (lapsed) status = "expired"
  else if (lot.status === "cancelled") status = "cancelled"
  else if (lot.payment_status === "paid") status = "paid"
  else if (lot.payment_status === "awaiting" && due && now < new Date(due)) status = "awaiting_payment"
  else status = "expired"
  const kind: WinKind = lapsed ? "won" : lot.won_via === "second_chance" ? "second_chance" : lot.won_via === "buy_now" ? "buy_now" : "won"
  return {
    lot_id: lot.id,
    title: lot.title,
    thumbnail,
    variant_id: lot.variant_id,
    amount: fromCents(lapsed ? lot.lapsed_winning_price_cents : lot.winning_price_cents, c),
    currency_code: c,
    cart_id: status === "awaiting_payment" ? lot.cart_id : null,
    pay_before: iso(due),
    status,
    kind,
  }
}

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
    starting_price: fromCents(lot.starting_price_cents),
    current_price: fromCents(lot.current_price_cents),
    minimum_next_bid: open ? fromCents(minimumNextCents) : null,
    bid_count: lot.bid_count,
    bidder_count: lot.bidder_count,
    has_reserve: lot.reserve_price_cents !== null,
    reserve_met:
      lot.reserve_price_cents === null ? null : (lot.current_price_cents ?? -1) >= lot.reserve_price_cents,
    buy_now_price: open && lot.bid_count === 0 ? fromCents(lot.buy_now_price_cents) : null,
    increments: lot.increments.map((s) => ({ from: fromCents(s.from_cents), increment: fromCents(s.increment_cents) })),
    anti_sniping: {
      window_seconds: lot.snipe_window_seconds,
      extension_seconds: lot.snipe_extension_seconds,
      cap_seconds: lot.snipe_cap_seconds,
    },
  }
}

/** The admin view: everything, including identities and payment. */
export function adminLot(lot: Lot, now: Date, minimumNextCents: number) {
  return {
    ...publicLot(lot, now, minimumNextCents),
    stored_status: lot.status,
    original_ends_at: iso(lot.original_ends_at),
    reserve_price: fromCents(lot.reserve_price_cents),
    buy_now_price: fromCents(lot.buy_now_price_cents),
    leader_customer_id: lot.leader_customer_id,
    leader_max: fromCents(lot.leader_max_cents),
    winner_customer_id: lot.winner_customer_id,
    winning_price: fromCents(lot.winning_price_cents),
    won_via: lot.won_via,
    ended_at: iso(lot.ended_at),
    payment_status: lot.payment_status,
    payment_due_at: iso(lot.payment_due_at),
    cart_id: lot.cart_id,
    order_id: lot.order_id,
    lapsed_winner_customer_id: lot.lapsed_winner_customer_id,
    relisted_as_id: lot.relisted_as_id,
    created_at: iso(lot.created_at),
  }
}

/** A bid in the public history: pseudonym only; `is_mine` for the logged-in bidder. */
export function publicBid(bid: BidRow, viewerId: string | null) {
  return {
    id: bid.id,
    sequence: bid.sequence,
    bidder: `Bieder ${bid.bidder_number}`,
    bidder_number: bid.bidder_number,
    amount: fromCents(bid.amount_cents),
    price_after: fromCents(bid.price_after_cents),
    kind: bid.kind,
    outbid: bid.outbid,
    is_mine: viewerId !== null && bid.customer_id === viewerId,
    created_at: iso(bid.created_at),
  }
}

export function adminBid(bid: BidRow) {
  return {
    ...publicBid(bid, null),
    customer_id: bid.customer_id,
    max_amount: fromCents(bid.max_amount_cents),
    accepted: bid.accepted,
    rejection_code: bid.rejection_code,
    ends_at_after: iso(bid.ends_at_after),
    anonymized: bid.anonymized_at !== null,
  }
}

/** The bidder's own view of their bid, maximum included. */
export function ownBid(bid: BidRow, lot: LotRow) {
  return {
    ...publicBid(bid, bid.customer_id),
    max_amount: fromCents(bid.max_amount_cents),
    accepted: bid.accepted,
    is_leading: lot.leader_customer_id === bid.customer_id,
  }
}

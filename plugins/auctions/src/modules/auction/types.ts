import { IncrementStep } from "./engine"

export type BidRejectionCode = "too_low" | "already_leading" | "not_started" | "ended" | "cancelled" | "banned" | "buy_now_unavailable"

/** A lot row as the database returns it (money in cents). */
export type LotRow = {
  id: string
  variant_id: string
  sales_channel_id: string | null
  title: string | null
  currency_code: string
  starts_at: Date
  ends_at: Date
  original_ends_at: Date
  starting_price_cents: number
  reserve_price_cents: number | null
  buy_now_price_cents: number | null
  increments: IncrementStep[]
  snipe_window_seconds: number
  snipe_extension_seconds: number
  snipe_cap_seconds: number
  status: "scheduled" | "active" | "ended" | "cancelled"
  result: "won" | "reserve_not_met" | "no_bids" | null
  current_price_cents: number | null
  leader_customer_id: string | null
  leader_max_cents: number | null
  bid_count: number
  bidder_count: number
  sequence: number
  winner_customer_id: string | null
  winning_price_cents: number | null
  won_via: "bidding" | "buy_now" | "second_chance" | null
  ended_at: Date | null
  payment_due_at: Date | null
  payment_status: "awaiting" | "paid" | "expired" | null
  payment_reminded_at: Date | null
  cart_id: string | null
  order_id: string | null
  lapsed_winner_customer_id: string | null
  lapsed_winning_price_cents: number | null
  lapsed_payment_due_at: Date | null
  relisted_as_id: string | null
  cancel_reason?: string | null
  cancelled_by?: string | null
  created_at: Date
  updated_at: Date
}

export type BidRow = {
  id: string
  lot_id: string
  customer_id: string
  bidder_number: number | null
  sequence: number
  amount_cents: number
  max_amount_cents: number
  kind: "bid" | "max_raise" | "buy_now"
  accepted: boolean
  rejection_code: string | null
  outbid: boolean
  price_after_cents: number | null
  ends_at_after: Date | null
  anonymized_at: Date | null
  displaced_customer_id: string | null
  displaced_notified_at: Date | null
  created_at: Date
}

export type { PrivacySubject, PersonalDataDescriptor, SubjectDataExport, SubjectErasureResult, LegalHold } from "../../types/privacy-contract"

import Medusa from "@medusajs/js-sdk"

export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

export type LotStatus = "scheduled" | "active" | "ended" | "cancelled"
export type CustomerRef = { id: string; first_name: string | null; last_name: string | null; email: string }
export type VariantRef = {
  id: string
  title: string | null
  sku: string | null
  product: { id: string; title: string; thumbnail: string | null } | null
}

export type AdminAuction = {
  id: string
  title: string | null
  variant_id: string
  currency_code: string
  status: LotStatus
  result: "won" | "reserve_not_met" | "no_bids" | null
  starts_at: string
  ends_at: string
  original_ends_at: string
  starting_price: number
  current_price: number | null
  minimum_next_bid: number | null
  reserve_price: number | null
  reserve_met: boolean | null
  buy_now_price: number | null
  bid_count: number
  bidder_count: number
  increments: { from: number; increment: number }[]
  anti_sniping: { window_seconds: number; extension_seconds: number; cap_seconds: number }
  winner_customer_id: string | null
  winning_price: number | null
  won_via: "bidding" | "buy_now" | "second_chance" | null
  payment_status: "awaiting" | "paid" | "expired" | null
  payment_due_at: string | null
  order_id: string | null
  relisted_as_id: string | null
  cancel_reason: string | null
  variant: VariantRef | null
  winner: CustomerRef | null
  leader: CustomerRef | null
  order: { id: string; display_id: number } | null
}

export type AdminBid = {
  id: string
  sequence: number
  /** "Bieder N"; null for a rejected bid of a customer without an accepted bid on the lot. */
  bidder: string | null
  bidder_number: number | null
  customer_id: string
  customer: CustomerRef | null
  amount: number
  max_amount: number
  kind: "bid" | "max_raise" | "buy_now"
  accepted: boolean
  rejection_code: string | null
  outbid: boolean
  price_after: number | null
  anonymized: boolean
  created_at: string
}

export type LotDetail = { auction: AdminAuction; bids: AdminBid[]; server_time: string }

/** "Eva Bieder", else the e-mail. */
export const customerName = (c: CustomerRef | null | undefined) => (c ? [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email : null)

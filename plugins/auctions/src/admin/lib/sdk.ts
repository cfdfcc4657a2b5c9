import Medusa from "@medusajs/js-sdk"

export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

export type AdminAuction = {
  id: string
  title: string | null
  variant_id: string
  status: string
  result: string | null
  starts_at: string
  ends_at: string
  starting_price: number
  current_price: number | null
  reserve_price: number | null
  buy_now_price: number | null
  bid_count: number
  winner_customer_id: string | null
  winning_price: number | null
  won_via: string | null
  payment_status: string | null
  payment_due_at: string | null
  cart_id: string | null
  order_id: string | null
}

export type AdminBid = {
  id: string
  sequence: number
  /** "Bieder N"; null for a rejected bid of a customer without an accepted bid on the lot. */
  bidder: string | null
  customer_id: string
  amount: number
  max_amount: number
  kind: string
  accepted: boolean
  rejection_code: string | null
  outbid: boolean
  price_after: number | null
  created_at: string
}

export const money = (v: number | null | undefined) => (v === null || v === undefined ? "–" : `€ ${v.toFixed(2)}`)
export const when = (v: string | null | undefined) => (v ? new Date(v).toLocaleString("nl-NL") : "–")

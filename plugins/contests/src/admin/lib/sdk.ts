import Medusa from "@medusajs/js-sdk"

export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

export type Prize = { name: string; value: number; quantity: number }
export type AdminContest = {
  id: string
  title: string
  status: "draft" | "published" | "drawn" | "cancelled"
  starts_at: string
  ends_at: string
  draw_at: string
  prizes: Prize[]
  winner_count: number
  terms_version: number
  terms: { version: number; body_nl: string; body_en: string; body_hash: string } | null
  seed_commitment: string | null
}
export type LimitCheck = { rule: string; ok: boolean; message: string }
export type Drawing = {
  round: number
  status: "committed" | "drawn"
  algorithm_version: string
  seed_commitment: string
  seed: string | null
  snapshot_hash: string | null
  snapshot_entry_ids: string[] | null
  winner_entry_ids: string[] | null
  drawn_at: string | null
}
export type AdminWinner = {
  id: string
  round: number
  position: number
  prize: string
  claim_status: "pending" | "claimed" | "expired"
  claim_deadline: string
  customer_id: string | null
  entry_id: string
  replaced_by_round: number | null
}
export type Report = {
  entries_total: number
  unique_entrants: number
  newsletter_opt_ins_requested: number
  entries_by_day: { date: string; count: number }[]
  order_window_days: number
  orders_within_window: number
  entrants_with_orders: number
}

export const when = (v: string | null | undefined) => (v ? new Date(v).toLocaleString("nl-NL") : "–")

import Medusa from "@medusajs/js-sdk"

export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

export type SubscriptionStatus = "pending" | "subscribed" | "unsubscribed" | "suppressed" | "erased"
export type Subscription = {
  id: string
  email: string | null
  status: SubscriptionStatus
  legal_basis: "consent" | "soft_opt_in"
  locale: string
  source: string | null
  customer_id: string | null
  created_at: string
  confirmed_at: string | null
}
export type ConsentEvent = {
  id: string
  action: string
  occurred_at: string
  source: string | null
  ip: string | null
  user_agent: string | null
  consent_text_id: string | null
  consent_text_hash: string | null
}
export type Progress = { total: number; sent: number; failed: number; skipped: number; remaining: number }
export type Campaign = {
  id: string
  subject: string
  html: string
  text: string
  markdown: string | null
  status: "draft" | "sending" | "sent"
  send_at: string | null
  created_at: string
  progress: Progress
}
export type Preview = { subject: string; html: string; text: string; headers: Record<string, string> }
export type Stats = {
  counts: Record<SubscriptionStatus, number>
  growth: { date: string; confirmed: number; unsubscribed: number }[]
  days: number
}

export const STATUS_COLOR: Record<SubscriptionStatus, "green" | "orange" | "grey" | "red" | "purple"> = {
  subscribed: "green",
  pending: "orange",
  unsubscribed: "grey",
  suppressed: "red",
  erased: "purple",
}

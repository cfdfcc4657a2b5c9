import type { InferTypeOf } from "@medusajs/framework/types"
import type { CONSENT_ACTIONS } from "./models/consent-event"
import type Subscription from "./models/subscription"

export type SubscriptionDTO = InferTypeOf<typeof Subscription>
export type ConsentAction = (typeof CONSENT_ACTIONS)[number]

/** Who asked, from where: stored on the consent ledger. */
export type RequestContext = {
  ip?: string | null
  user_agent?: string | null
  source?: string | null
  locale?: string | null
}

type TokenSnapshot = { id: string; used_at: Date | null; revoked_at: Date | null; updated_at: Date }

/**
 * What one locked domain write changed, captured inside its transaction, so a
 * workflow step can undo exactly that (revertSubscriptionChanges).
 */
export type SubscriptionChange = {
  subscription_id: string
  /** The row before the change; null when the change created it. */
  before: SubscriptionDTO | null
  event_ids: string[]
  created_token_ids: string[]
  /** Tokens the change revoked or used, as they were. */
  tokens_before: TokenSnapshot[]
  created_suppression_ids: string[]
  /** Suppression rows the change deleted, as they were. */
  deleted_suppressions: Record<string, unknown>[]
}

/** Rows a purge deleted, as they were: the compensation puts them back. */
export type PurgedRows = {
  newsletter_subscription: Record<string, unknown>[]
  newsletter_consent_event: Record<string, unknown>[]
  newsletter_token: Record<string, unknown>[]
}

export type SubscribeOutcome =
  | { outcome: "mail"; subscription: SubscriptionDTO; token: string; token_id: string; change: SubscriptionChange }
  | { outcome: "already_subscribed"; subscription: SubscriptionDTO }
  | { outcome: "rate_limited"; retry_after: number }

export type ConfirmOutcome = "confirmed" | "already_confirmed" | "expired" | "used" | "revoked" | "invalid"
export type ConfirmResult = { outcome: ConfirmOutcome; subscription?: SubscriptionDTO; change?: SubscriptionChange }

export type UnsubscribeOutcome = "unsubscribed" | "already_unsubscribed" | "invalid"
/** `change` is set when the call changed something (for a workflow step's compensation). */
export type UnsubscribeResult = { outcome: UnsubscribeOutcome; change?: SubscriptionChange }

/** How many went, and the rows as they were (for a workflow step's compensation). */
export type PurgeResult = { count: number; deleted: PurgedRows }

export type DeliveryResult = { id: string; status: "sent" | "failed" | "skipped"; error?: string }
/**
 * One claimed delivery, with the claim's time (ISO) and the row's state before the claim (what releasing the claim
 * puts back; the attempt count goes back by one).
 */
export type ClaimedDelivery = {
  id: string
  subscription_id: string
  attempts: number
  claimed_at: string
  previous: { status: string; claimed_at: string | null; updated_at: string | null }
}
/** A delivery row as it was before its outcome was recorded. */
export type FinishedDelivery = { id: string; status: string; error: string | null; sent_at: string | null; updated_at: string | null }
/** Whether the campaign was marked sent, and (if so) its times before. */
export type CampaignCompletion = { completed: boolean; previous?: { id: string; completed_at: string | null; updated_at: string } }
export type CampaignProgress = { total: number; sent: number; failed: number; skipped: number; remaining: number }
export type SubscriptionStats = { counts: Record<string, number>; growth: { date: string; confirmed: number; unsubscribed: number }[] }

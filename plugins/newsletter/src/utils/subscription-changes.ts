import type { InferTypeOf } from "@medusajs/framework/types"
import type Subscription from "../modules/newsletter/models/subscription"

type SubscriptionRow = InferTypeOf<typeof Subscription>
type TokenRow = { id: string; used_at: Date | null; revoked_at: Date | null; updated_at: Date }
type Knex = any

/**
 * What one locked domain write changed, captured inside its transaction, so a
 * workflow step can undo exactly that (revertChanges).
 */
export type SubscriptionChange = {
  subscription_id: string
  /** The row before the change; null when the change created it. */
  before: SubscriptionRow | null
  event_ids: string[]
  created_token_ids: string[]
  /** Tokens the change revoked or used, as they were. */
  tokens_before: TokenRow[]
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

export function newChange(subscriptionId: string, before: SubscriptionRow | null): SubscriptionChange {
  return {
    subscription_id: subscriptionId,
    before,
    event_ids: [],
    created_token_ids: [],
    tokens_before: [],
    created_suppression_ids: [],
    deleted_suppressions: [],
  }
}

/** Undoes recorded changes, newest first: created rows go, changed rows get their snapshot back. */
export async function revertChanges(knex: Knex, changes: SubscriptionChange[]) {
  for (const c of [...changes].reverse()) {
    await knex("newsletter_subscription").where({ id: c.subscription_id }).forUpdate().first()
    if (c.created_token_ids.length) await knex("newsletter_token").whereIn("id", c.created_token_ids).delete()
    for (const t of c.tokens_before) {
      await knex("newsletter_token").where({ id: t.id }).update({ used_at: t.used_at, revoked_at: t.revoked_at, updated_at: t.updated_at })
    }
    if (c.event_ids.length) await knex("newsletter_consent_event").whereIn("id", c.event_ids).delete()
    if (c.created_suppression_ids.length) await knex("newsletter_suppression").whereIn("id", c.created_suppression_ids).delete()
    if (c.deleted_suppressions.length) await knex("newsletter_suppression").insert(c.deleted_suppressions).onConflict("id").merge()
    if (!c.before) {
      await knex("newsletter_token").where({ subscription_id: c.subscription_id }).delete()
      await knex("newsletter_consent_event").where({ subscription_id: c.subscription_id }).delete()
      await knex("newsletter_subscription").where({ id: c.subscription_id }).delete()
      continue
    }
    const b = c.before
    await knex("newsletter_subscription").where({ id: c.subscription_id }).update({
      email: b.email,
      status: b.status,
      legal_basis: b.legal_basis,
      customer_id: b.customer_id,
      locale: b.locale,
      source: b.source,
      confirmed_at: b.confirmed_at,
      unsubscribed_at: b.unsubscribed_at,
      token_version: b.token_version,
      updated_at: b.updated_at,
    })
  }
}

/** Compensation of a purge: the deleted rows come back unchanged (parents first). */
export async function restorePurged(knex: Knex, rows: PurgedRows) {
  for (const table of ["newsletter_subscription", "newsletter_consent_event", "newsletter_token"] as const) {
    if (rows[table].length) await knex(table).insert(rows[table]).onConflict("id").ignore()
  }
}

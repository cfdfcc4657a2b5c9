/**
 * Exact undo of the module's locked subscription writes: each write records a
 * SubscriptionChange inside its transaction, the workflow step's compensation
 * hands it back here.
 */
import type { PurgedRows, SubscriptionChange, SubscriptionDTO } from "./types"

type Knex = any

export function newChange(subscriptionId: string, before: SubscriptionDTO | null): SubscriptionChange {
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

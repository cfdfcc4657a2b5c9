/**
 * The SQL the generated data layer cannot express: advisory and row locks,
 * the rate window over the ledger, token locks, SKIP LOCKED purges and the bulk
 * statements of erasure. Every function runs on the caller's transaction.
 */
import type { Context } from "@medusajs/framework/types"
import type { PurgedRows } from "./types"

type Knex = any
type TokenRow = { id: string; subscription_id: string; used_at: Date | null; revoked_at: Date | null; expires_at: Date; updated_at: Date }

/** The knex of the current transaction (or the pool when there is none). */
export function knexOf(ctx: Context): Knex {
  const manager = (ctx.transactionManager ?? ctx.manager) as any
  return manager.getTransactionContext() ?? manager.getKnex()
}

/** Serialises writes on one key (an address hash, a consent-text locale) until the transaction ends. */
export async function advisoryLock(knex: Knex, key: string) {
  await knex.raw("select pg_advisory_xact_lock(hashtextextended(?, 0))", [key])
}

export async function lockSubscription(knex: Knex, id: string) {
  await knex("newsletter_subscription").where({ id }).forUpdate().first()
}

/** Subscribe requests (requested / resubscribed) matching `where` since `since`: how many, and the oldest. */
export async function requestsSince(knex: Knex, where: Record<string, string>, since: Date) {
  const [row] = await knex("newsletter_consent_event")
    .where(where)
    .whereIn("action", ["requested", "resubscribed"])
    .where("occurred_at", ">", since)
    .whereNull("deleted_at")
    .count({ n: "*" })
    .min({ first: "occurred_at" })
  return { count: Number(row.n), first: row.first ? new Date(row.first) : null }
}

/** The confirmation token with this hash, row-locked, or undefined. */
export async function lockTokenByHash(knex: Knex, tokenHash: string): Promise<TokenRow | undefined> {
  return await knex("newsletter_token").where({ token_hash: tokenHash }).whereNull("deleted_at").forUpdate().first()
}

/** Revokes the subscription's open tokens and returns them as they were. Callers hold the subscription's lock. */
export async function revokeOpenTokens(knex: Knex, subscriptionId: string, now: Date) {
  const open = () => knex("newsletter_token").where({ subscription_id: subscriptionId }).whereNull("used_at").whereNull("revoked_at")
  const before: Pick<TokenRow, "id" | "used_at" | "revoked_at" | "updated_at">[] = await open().select("id", "used_at", "revoked_at", "updated_at")
  await open().update({ revoked_at: now, updated_at: now })
  return before
}

export async function activeSuppressions(knex: Knex, emailHash: string): Promise<{ id: string }[]> {
  return await knex("newsletter_suppression").where({ email_hash: emailHash }).whereNull("deleted_at")
}

/** Deletes up to `limit` pending, never-confirmed subscriptions untouched since `cutoff` (SKIP LOCKED), with their tokens and ledger. */
export async function purgeUnconfirmed(knex: Knex, cutoff: Date, limit: number) {
  const rows: { id: string }[] = await knex("newsletter_subscription")
    .select("id")
    .where({ status: "pending" })
    .whereNull("confirmed_at")
    .whereNull("deleted_at")
    .where("updated_at", "<", cutoff)
    .orderBy("id")
    .limit(limit)
    .forUpdate()
    .skipLocked()
  const ids = rows.map((r) => r.id)
  const deleted: PurgedRows = { newsletter_subscription: [], newsletter_consent_event: [], newsletter_token: [] }
  if (!ids.length) return { count: 0, deleted }
  deleted.newsletter_token = await knex("newsletter_token").whereIn("subscription_id", ids).delete().returning("*")
  deleted.newsletter_consent_event = await knex("newsletter_consent_event").whereIn("subscription_id", ids).delete().returning("*")
  deleted.newsletter_subscription = await knex("newsletter_subscription").whereIn("id", ids).delete().returning("*")
  return { count: ids.length, deleted }
}

/** Erasure's bulk part: tokens deleted, IP and user agent stripped from the ledger. Returns both counts. */
export async function eraseTokensAndLedgerDetails(knex: Knex, subscriptionIds: string[], now: Date) {
  const tokens: number = await knex("newsletter_token").whereIn("subscription_id", subscriptionIds).delete()
  const events: number = await knex("newsletter_consent_event")
    .whereIn("subscription_id", subscriptionIds)
    .update({ ip: null, user_agent: null, updated_at: now })
  return { tokens, events }
}

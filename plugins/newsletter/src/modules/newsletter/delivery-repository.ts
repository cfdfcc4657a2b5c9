/**
 * SQL of the campaign delivery rows (one per campaign and subscription): the
 * only truth of a send's progress. Every function runs on the caller's transaction
 * (the knex of `knexOf(ctx)`).
 */
import type { CampaignCompletion, CampaignProgress, ClaimedDelivery, DeliveryResult, FinishedDelivery, SubscriptionStats } from "./types"

type Knex = any
const DELIVERY = "newsletter_campaign_delivery"

/** Who a campaign goes to: confirmed, not deleted, not on the suppression list. One clause for the count and the freeze. */
const AUDIENCE = `from newsletter_subscription s
     where s.status = 'subscribed' and s.deleted_at is null
       and not exists (select 1 from newsletter_suppression p where p.email_hash = s.email_hash and p.deleted_at is null)`

/** One queued delivery per subscription confirmed now and not suppressed; the unique pair makes it idempotent. */
export async function freezeAudience(knex: Knex, campaignId: string, now: Date) {
  await knex.raw(
    `insert into newsletter_campaign_delivery (id, campaign_id, subscription_id, status, attempts, created_at, updated_at)
     select 'nldel_' || replace(gen_random_uuid()::text, '-', ''), ?, s.id, 'queued', 0, ?, ?
     ${AUDIENCE}
     on conflict do nothing`,
    [campaignId, now, now]
  )
}

/** How many a campaign sent now would go to (what the admin's send prompt shows). */
export async function audienceCount(knex: Knex) {
  const { rows } = await knex.raw(`select count(*)::int as count ${AUDIENCE}`)
  return rows[0].count as number
}

/** Subscriptions per status, and confirmations per day over the last `days` days (UTC). */
export async function subscriptionStats(knex: Knex, since: Date): Promise<SubscriptionStats> {
  const counts: { status: string; count: number }[] = (
    await knex.raw(`select status, count(*)::int as count from newsletter_subscription where deleted_at is null group by status`)
  ).rows
  const growth: { date: string; confirmed: number; unsubscribed: number }[] = (
    await knex.raw(
      `select to_char(d.day, 'YYYY-MM-DD') as date,
              (select count(*)::int from newsletter_subscription s where s.deleted_at is null
                 and s.confirmed_at >= d.day and s.confirmed_at < d.day + interval '1 day') as confirmed,
              (select count(*)::int from newsletter_subscription s where s.deleted_at is null
                 and s.unsubscribed_at >= d.day and s.unsubscribed_at < d.day + interval '1 day') as unsubscribed
       from generate_series(date_trunc('day', ?::timestamptz at time zone 'UTC'), date_trunc('day', now() at time zone 'UTC'), interval '1 day') as d(day)
       order by d.day`,
      [since]
    )
  ).rows
  return { counts: Object.fromEntries(counts.map((c) => [c.status, c.count])), growth }
}

/** Undoes freezeAudience while nothing was claimed; returns false when a worker already took rows. */
export async function unfreezeAudience(knex: Knex, campaignId: string) {
  await knex(DELIVERY).where({ campaign_id: campaignId, status: "queued" }).delete()
  return !(await knex(DELIVERY).where({ campaign_id: campaignId }).first("id"))
}

/**
 * Queued rows, or rows whose lease ran out (a crashed worker); SKIP LOCKED: two workers never claim one row. One
 * statement: the update returns each claimed row with the state it had before (`release` undoes the claim with it).
 */
export async function claim(knex: Knex, campaignId: string, limit: number, now: Date, staleBefore: Date): Promise<ClaimedDelivery[]> {
  const { rows } = await knex.raw(
    `with picked as (
       select id, status, claimed_at, updated_at from newsletter_campaign_delivery
       where campaign_id = ? and deleted_at is null
         and (status = 'queued' or (status = 'sending' and claimed_at < ?))
       order by id limit ? for update skip locked)
     update newsletter_campaign_delivery d
        set status = 'sending', claimed_at = ?, updated_at = ?, attempts = d.attempts + 1
       from picked p where d.id = p.id
     returning d.id, d.subscription_id, d.attempts, p.status as previous_status, p.claimed_at::text as previous_claimed_at, p.updated_at::text as previous_updated_at`,
    [campaignId, staleBefore, limit, now, now]
  )
  const claimed_at = now.toISOString()
  return rows.map((r: any) => ({
    id: r.id,
    subscription_id: r.subscription_id,
    attempts: r.attempts,
    claimed_at,
    previous: { status: r.previous_status, claimed_at: r.previous_claimed_at, updated_at: r.previous_updated_at },
  }))
}

/**
 * Undoes a claim exactly: the rows still held by it (not finished, not taken over since) get back the state they had
 * and their attempt count. A mail sent under the claim keeps its notification record, whose idempotency key the next
 * claim (the same attempt number again) reuses, so Medusa's notification module does not send it a second time.
 */
export async function release(knex: Knex, claimed: Pick<ClaimedDelivery, "id" | "claimed_at" | "previous">[]) {
  if (!claimed.length) return
  await knex.raw(
    `update newsletter_campaign_delivery d
        set status = p.status, claimed_at = p.claimed_at, updated_at = p.updated_at, attempts = d.attempts - 1
       from (select unnest(?::text[]) as id, unnest(?::text[]) as status, unnest(?::timestamptz[]) as claimed_at,
                    unnest(?::timestamptz[]) as updated_at, unnest(?::timestamptz[]) as held_since) p
      where d.id = p.id and d.status = 'sending' and d.claimed_at = p.held_since`,
    [
      claimed.map((r) => r.id),
      claimed.map((r) => r.previous.status),
      claimed.map((r) => r.previous.claimed_at),
      claimed.map((r) => r.previous.updated_at),
      claimed.map((r) => r.claimed_at),
    ]
  )
}

/** Records the outcomes in one statement; returns the rows as they were before (for the exact undo, `unfinish`). */
export async function finish(knex: Knex, results: DeliveryResult[], now: Date): Promise<FinishedDelivery[]> {
  if (!results.length) return []
  const { rows } = await knex.raw(
    `update newsletter_campaign_delivery d
        set status = r.status, error = r.error, updated_at = ?,
            sent_at = case when r.status = 'sent' then ?::timestamptz else d.sent_at end
       from (select unnest(?::text[]) as id, unnest(?::text[]) as status, unnest(?::text[]) as error) r,
            newsletter_campaign_delivery old
      where d.id = r.id and old.id = d.id
     returning old.id, old.status, old.error, old.sent_at::text as sent_at, old.updated_at::text as updated_at`,
    [now, now, results.map((r) => r.id), results.map((r) => r.status), results.map((r) => (r.status === "sent" ? null : (r.error ?? null)))]
  )
  return rows.map((r: any) => ({ id: r.id, status: r.status, error: r.error, sent_at: r.sent_at, updated_at: r.updated_at }))
}

/** Undoes finish: the rows get back the status, error and times they had. */
export async function unfinish(knex: Knex, before: FinishedDelivery[]) {
  if (!before.length) return
  await knex.raw(
    `update newsletter_campaign_delivery d
        set status = b.status, error = b.error, sent_at = b.sent_at, updated_at = b.updated_at
       from (select unnest(?::text[]) as id, unnest(?::text[]) as status, unnest(?::text[]) as error,
                    unnest(?::timestamptz[]) as sent_at, unnest(?::timestamptz[]) as updated_at) b
      where d.id = b.id`,
    [before.map((r) => r.id), before.map((r) => r.status), before.map((r) => r.error), before.map((r) => r.sent_at), before.map((r) => r.updated_at)]
  )
}

export async function progress(knex: Knex, campaignIds: string[]) {
  const rows: { campaign_id: string; status: string; n: string }[] = campaignIds.length
    ? await knex(DELIVERY)
        .select("campaign_id", "status")
        .count({ n: "*" })
        .whereIn("campaign_id", campaignIds)
        .whereNull("deleted_at")
        .groupBy("campaign_id", "status")
    : []
  const result: Record<string, CampaignProgress> = {}
  for (const id of campaignIds) result[id] = { total: 0, sent: 0, failed: 0, skipped: 0, remaining: 0 }
  for (const r of rows) {
    const p = result[r.campaign_id]
    const n = Number(r.n)
    p.total += n
    if (r.status === "sent" || r.status === "failed" || r.status === "skipped") p[r.status] += n
    else p.remaining += n
  }
  return result
}

/**
 * Marks the campaign sent once no delivery is queued or claimed. Returns whether it did and the campaign's
 * `updated_at` before (for the exact undo, `uncomplete`).
 */
export async function completeIfDone(knex: Knex, campaignId: string, now: Date): Promise<CampaignCompletion> {
  const open = await knex(DELIVERY).where({ campaign_id: campaignId }).whereIn("status", ["queued", "sending"]).whereNull("deleted_at").first("id")
  if (open) return { completed: false }
  const { rows } = await knex.raw(
    `update newsletter_campaign c set status = 'sent', completed_at = ?, updated_at = ?
       from newsletter_campaign old
      where c.id = ? and c.status = 'sending' and old.id = c.id
     returning old.completed_at::text as completed_at, old.updated_at::text as updated_at`,
    [now, now, campaignId]
  )
  if (!rows.length) return { completed: false }
  return { completed: true, previous: { id: campaignId, completed_at: rows[0].completed_at, updated_at: rows[0].updated_at } }
}

/** Undoes completeIfDone: the campaign is sending again, with the times it had. */
export async function uncomplete(knex: Knex, previous: NonNullable<CampaignCompletion["previous"]>) {
  await knex("newsletter_campaign")
    .where({ id: previous.id, status: "sent" })
    .update({ status: "sending", completed_at: previous.completed_at, updated_at: previous.updated_at })
}

/** Deliveries of these subscriptions (erasure keeps them, without personal data: they only name the subscription). */
export async function countForSubscriptions(knex: Knex, subscriptionIds: string[]) {
  return Number((await knex(DELIVERY).whereIn("subscription_id", subscriptionIds).count({ n: "*" }))[0].n)
}

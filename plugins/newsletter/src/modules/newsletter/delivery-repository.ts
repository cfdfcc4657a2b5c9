/**
 * SQL of the campaign delivery rows (one per campaign and subscription): the
 * only truth of a send's progress. Every function runs on the caller's transaction
 * (the knex of `knexOf(ctx)`).
 */
import type { CampaignProgress, ClaimedDelivery, DeliveryResult, SubscriptionStats } from "./types"

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

/** Queued rows, or rows whose lease ran out (a crashed worker); SKIP LOCKED: two workers never claim one row. */
export async function claim(knex: Knex, campaignId: string, limit: number, now: Date, staleBefore: Date) {
  const ids = knex(DELIVERY)
    .select("id")
    .where({ campaign_id: campaignId })
    .whereNull("deleted_at")
    .where((q: any) => q.where({ status: "queued" }).orWhere((s: any) => s.where({ status: "sending" }).where("claimed_at", "<", staleBefore)))
    .orderBy("id")
    .limit(limit)
    .forUpdate()
    .skipLocked()
  const rows: ClaimedDelivery[] = await knex(DELIVERY)
    .whereIn("id", ids)
    .update({ status: "sending", claimed_at: now, updated_at: now, attempts: knex.raw("attempts + 1") })
    .returning(["id", "subscription_id", "attempts"])
  return rows
}

export async function finish(knex: Knex, results: DeliveryResult[], now: Date) {
  const sent = results.filter((r) => r.status === "sent").map((r) => r.id)
  if (sent.length) await knex(DELIVERY).whereIn("id", sent).update({ status: "sent", sent_at: now, updated_at: now, error: null })
  for (const r of results.filter((r) => r.status !== "sent")) {
    await knex(DELIVERY)
      .where({ id: r.id })
      .update({ status: r.status, error: r.error ?? null, updated_at: now })
  }
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

/** True (and the campaign marked sent) once no delivery is queued or claimed. */
export async function completeIfDone(knex: Knex, campaignId: string, now: Date) {
  const open = await knex(DELIVERY).where({ campaign_id: campaignId }).whereIn("status", ["queued", "sending"]).whereNull("deleted_at").first("id")
  if (open) return false
  await knex("newsletter_campaign").where({ id: campaignId, status: "sending" }).update({ status: "sent", completed_at: now, updated_at: now })
  return true
}

/** Deliveries of these subscriptions (erasure keeps them, without personal data: they only name the subscription). */
export async function countForSubscriptions(knex: Knex, subscriptionIds: string[]) {
  return Number((await knex(DELIVERY).whereIn("subscription_id", subscriptionIds).count({ n: "*" }))[0].n)
}

/**
 * The subscription state machine: pending → subscribed → unsubscribed / suppressed
 * (→ erased, see privacy.ts). Every change runs under the address's or the row's
 * lock on the caller's transaction and records a SubscriptionChange for an exact undo.
 */
import type { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { normalizeEmail, randomToken } from "../../utils/crypto"
import { appendConsentEvent, latestRequest } from "./consent-ledger"
import { currentConsentText } from "./consent-texts"
import type { NewsletterDeps } from "./deps"
import { newChange } from "./subscription-changes"
import * as sql from "./subscription-repository"
import type { ConfirmResult, ConsentAction, RequestContext, SubscribeOutcome, SubscriptionChange, UnsubscribeResult } from "./types"

const ACTIVE = ["pending", "subscribed"]
export const NOT_ERASED = ["pending", "subscribed", "unsubscribed", "suppressed"]

async function revokeOpenTokens({ clock }: NewsletterDeps, subscriptionId: string, ctx: Context, change: SubscriptionChange) {
  change.tokens_before.push(...(await sql.revokeOpenTokens(sql.knexOf(ctx), subscriptionId, clock.now())))
}

/** Seconds to wait when the address or the IP has used up its window, else 0. */
async function retryAfter({ options, clock }: NewsletterDeps, emailHash: string, ip: string | null, ctx: Context) {
  const { perAddress, perIp, windowMinutes } = options.rateLimit
  const windowMs = windowMinutes * 60_000
  const since = new Date(clock.now().getTime() - windowMs)
  const checks: [Record<string, string>, number][] = [[{ email_hash: emailHash }, perAddress]]
  if (ip) checks.push([{ ip }, perIp])
  for (const [where, limit] of checks) {
    const { count, first } = await sql.requestsSince(sql.knexOf(ctx), where, since)
    if (count >= limit) return Math.max(1, Math.ceil((first!.getTime() + windowMs - clock.now().getTime()) / 1000))
  }
  return 0
}

/** A subscribe request (double opt-in): serialised per address, rate-limited per address and IP, a fresh confirmation token. */
export async function requestSubscription(
  deps: NewsletterDeps,
  input: { email: string; customer_id?: string | null; consent_text_id?: string | null } & RequestContext,
  ctx: Context
): Promise<SubscribeOutcome> {
  const { data, links, options, clock } = deps
  const email = normalizeEmail(input.email)
  const emailHash = links.hashEmail(email)
  const locale = input.locale ?? options.defaultLocale
  await sql.advisoryLock(sql.knexOf(ctx), `nlsub:${emailHash}`)

  const text = input.consent_text_id ? (await data.listConsentTexts({ id: input.consent_text_id }, {}, ctx))[0] : await currentConsentText(deps, locale, ctx)
  if (!text) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      input.consent_text_id
        ? `consent_text_id ${input.consent_text_id} does not exist`
        : `No consent text for locale "${locale}": publish one in the admin first`
    )
  }

  // The per-IP window is shared by many addresses: serialise its count-then-insert as the address lock does for
  // the per-address window (always address first, then IP, so two requests never wait on each other in a circle).
  if (input.ip) await sql.advisoryLock(sql.knexOf(ctx), `nlsub-ip:${input.ip}`)
  const wait = await retryAfter(deps, emailHash, input.ip ?? null, ctx)
  if (wait) return { outcome: "rate_limited", retry_after: wait }

  const [existing] = await data.listSubscriptions({ email_hash: emailHash, status: NOT_ERASED as any }, {}, ctx)
  if (existing?.status === "subscribed") return { outcome: "already_subscribed", subscription: existing }

  const fields = {
    email,
    email_hash: emailHash,
    status: "pending" as const,
    legal_basis: "consent" as const,
    locale,
    source: input.source ?? null,
    customer_id: input.customer_id ?? existing?.customer_id ?? null,
  }
  const subscription = existing ? await data.updateSubscriptions({ id: existing.id, ...fields }, ctx) : await data.createSubscriptions(fields, ctx)
  const change = newChange(subscription.id, existing ?? null)
  const action: ConsentAction = existing && existing.status !== "pending" ? "resubscribed" : "requested"
  await appendConsentEvent(deps, subscription, action, input, ctx, { text: { id: text.id, hash: text.hash }, change })
  await revokeOpenTokens(deps, subscription.id, ctx, change)

  const token = randomToken()
  const row = await data.createTokens(
    {
      subscription_id: subscription.id,
      purpose: "confirm",
      token_hash: links.confirmTokenHash(token),
      expires_at: new Date(clock.now().getTime() + options.confirmTokenTtlHours * 3600_000),
    },
    ctx
  )
  change.created_token_ids.push(row.id)
  return { outcome: "mail", subscription, token, token_id: row.id, change }
}

/** Confirms with a token from the mail; confirming twice is a success. A fresh opt-in lifts an earlier suppression. */
export async function confirmByToken(deps: NewsletterDeps, token: string, meta: RequestContext, ctx: Context): Promise<ConfirmResult> {
  const { data, links, clock } = deps
  const knex = sql.knexOf(ctx)
  const locked = await sql.lockTokenByHash(knex, links.confirmTokenHash(token))
  if (!locked) return { outcome: "invalid" }
  const [sub] = await data.listSubscriptions({ id: locked.subscription_id }, {}, ctx)
  if (!sub || sub.status === "erased") return { outcome: "invalid" }
  if (locked.used_at) return { outcome: sub.status === "subscribed" ? "already_confirmed" : "used", subscription: sub }
  if (locked.revoked_at) return { outcome: "revoked", subscription: sub }
  if (new Date(locked.expires_at).getTime() <= clock.now().getTime()) return { outcome: "expired", subscription: sub }
  if (sub.status !== "pending") return { outcome: "invalid" }

  const change = newChange(sub.id, sub)
  change.tokens_before.push({ id: locked.id, used_at: locked.used_at, revoked_at: locked.revoked_at, updated_at: locked.updated_at })
  await data.updateTokens({ id: locked.id, used_at: clock.now() }, ctx)
  const updated = await data.updateSubscriptions({ id: sub.id, status: "subscribed", confirmed_at: clock.now() }, ctx)
  const request = await latestRequest(deps, sub.id, ctx)
  const text = { id: request?.consent_text_id ?? null, hash: request?.consent_text_hash ?? null }
  await appendConsentEvent(deps, updated, "confirmed", { ...meta, locale: meta.locale ?? sub.locale }, ctx, { text, change })
  const suppressed = await sql.activeSuppressions(knex, sub.email_hash)
  if (suppressed.length) {
    await data.deleteSuppressions(
      suppressed.map((s) => s.id),
      ctx
    )
    change.deleted_suppressions = suppressed
  }
  return { outcome: "confirmed", subscription: updated, change }
}

/** The subscription a valid unsubscribe token belongs to, or null. */
export async function subscriptionForUnsubscribeToken({ data, links }: NewsletterDeps, token: string, ctx: Context) {
  const id = links.subscriptionIdOf(token)
  if (!id) return null
  const [sub] = await data.listSubscriptions({ id }, {}, ctx)
  if (!sub || sub.status === "erased" || !links.isUnsubscribeToken(sub, token)) return null
  return sub
}

/** Ends an active subscription (one-click link, account, test); `change` only when something changed. */
export async function unsubscribe(
  deps: NewsletterDeps,
  subscriptionId: string,
  meta: RequestContext & { action?: ConsentAction; note?: string },
  ctx: Context
): Promise<UnsubscribeResult> {
  const { data, clock } = deps
  await sql.lockSubscription(sql.knexOf(ctx), subscriptionId)
  const [sub] = await data.listSubscriptions({ id: subscriptionId }, {}, ctx)
  if (!sub || sub.status === "erased") return { outcome: "invalid" }
  if (!ACTIVE.includes(sub.status)) return { outcome: "already_unsubscribed" }
  const change = newChange(sub.id, sub)
  const updated = await data.updateSubscriptions({ id: sub.id, status: "unsubscribed", unsubscribed_at: clock.now() }, ctx)
  await appendConsentEvent(deps, updated, meta.action ?? "unsubscribed", { ...meta, locale: meta.locale ?? sub.locale }, ctx, { change })
  await revokeOpenTokens(deps, sub.id, ctx, change)
  return { outcome: "unsubscribed", change }
}

/** An admin suppresses (bounce, complaint) or unsubscribes an address; recorded as admin_change. */
export async function adminSetStatus(
  deps: NewsletterDeps,
  subscriptionId: string,
  status: "unsubscribed" | "suppressed",
  meta: RequestContext & { note?: string },
  ctx: Context
) {
  const { data, clock } = deps
  await sql.lockSubscription(sql.knexOf(ctx), subscriptionId)
  const [sub] = await data.listSubscriptions({ id: subscriptionId }, {}, ctx)
  if (!sub || sub.status === "erased") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Newsletter subscription ${subscriptionId} was not found`)
  }
  const change = newChange(sub.id, sub)
  const updated = await data.updateSubscriptions({ id: sub.id, status, unsubscribed_at: clock.now() }, ctx)
  await appendConsentEvent(deps, updated, "admin_change", { ...meta, source: meta.source ?? "admin" }, ctx, { change })
  if (status === "suppressed") {
    const existing = await data.listSuppressions({ email_hash: sub.email_hash }, {}, ctx)
    if (!existing.length) {
      const row = await data.createSuppressions({ email_hash: sub.email_hash, reason: "admin" }, ctx)
      change.created_suppression_ids.push(row.id)
    }
  }
  await revokeOpenTokens(deps, sub.id, ctx, change)
  return { subscription: updated, change }
}

/**
 * A customer's address changed: the opt-in of the old address ends (history
 * kept, links rotated). Returns whether the new address must be asked to confirm.
 */
export async function endForEmailChange(deps: NewsletterDeps, customerId: string, newEmail: string, ctx: Context) {
  const { data, clock } = deps
  const email = normalizeEmail(newEmail)
  const subs = await data.listSubscriptions({ customer_id: customerId, status: ACTIVE as any }, {}, ctx)
  let reconfirm: { locale: string; consent_text_id: string | null } | null = null
  const changes: SubscriptionChange[] = []
  for (const sub of subs) {
    if (sub.email === email) continue
    await sql.lockSubscription(sql.knexOf(ctx), sub.id)
    const change = newChange(sub.id, sub)
    changes.push(change)
    const updated = await data.updateSubscriptions(
      { id: sub.id, status: "unsubscribed", unsubscribed_at: clock.now(), token_version: sub.token_version + 1 },
      ctx
    )
    await appendConsentEvent(deps, updated, "unsubscribed", { source: "customer.email_changed", locale: sub.locale }, ctx, { note: "address changed", change })
    await revokeOpenTokens(deps, sub.id, ctx, change)
    const request = await latestRequest(deps, sub.id, ctx)
    reconfirm = { locale: sub.locale, consent_text_id: request?.consent_text_id ?? null }
  }
  return { reconfirm, changes }
}

/**
 * Soft opt-in (Telecommunicatiewet art. 11.7(3)): an ordering customer is enrolled
 * under its own legal basis, unless the address was ever subscribed, unsubscribed or suppressed.
 */
export async function enrollSoftOptIn(deps: NewsletterDeps, input: { email: string; customer_id: string; locale?: string; source: string }, ctx: Context) {
  const { data, links, options, clock } = deps
  if (!options.softOptIn.enabled) return null
  const email = normalizeEmail(input.email)
  const emailHash = links.hashEmail(email)
  await sql.advisoryLock(sql.knexOf(ctx), `nlsub:${emailHash}`)
  const known = await data.listSubscriptions({ email_hash: emailHash }, { withDeleted: true }, ctx)
  const suppressed = await data.listSuppressions({ email_hash: emailHash }, {}, ctx)
  if (known.length || suppressed.length) return null
  const sub = await data.createSubscriptions(
    {
      email,
      email_hash: emailHash,
      status: "subscribed",
      legal_basis: "soft_opt_in",
      customer_id: input.customer_id,
      locale: input.locale ?? options.defaultLocale,
      source: input.source,
      confirmed_at: clock.now(),
    },
    ctx
  )
  const change = newChange(sub.id, null)
  await appendConsentEvent(deps, sub, "confirmed", { source: input.source, locale: sub.locale }, ctx, { change })
  return { subscription: sub, change }
}

/** Deletes one bounded batch of never-confirmed pending subscriptions older than `purgeUnconfirmedAfterDays`. */
export async function purgeUnconfirmed({ options, clock }: NewsletterDeps, limit: number, ctx: Context) {
  const cutoff = new Date(clock.now().getTime() - options.purgeUnconfirmedAfterDays * 86400_000)
  return await sql.purgeUnconfirmed(sql.knexOf(ctx), cutoff, limit)
}

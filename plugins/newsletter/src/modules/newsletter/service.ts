import { warnWithoutEmailProvider } from "../../utils/email-provider"
import { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { hmac, normalizeEmail, randomToken, safeEqual, sha256 } from "../../utils/crypto"
import * as deliveries from "../../utils/deliveries"
import { newChange, PurgedRows, restorePurged as restorePurgedRows, revertChanges, SubscriptionChange } from "../../utils/subscription-changes"
import { PersonalDataDescriptor, PrivacySubject, RequestContext, SubjectDataExport, SubjectErasureResult } from "../../utils/types"
import Campaign from "./models/campaign"
import CampaignDelivery from "./models/campaign-delivery"
import ConsentEvent, { CONSENT_ACTIONS } from "./models/consent-event"
import ConsentText from "./models/consent-text"
import Subscription from "./models/subscription"
import Suppression from "./models/suppression"
import Token from "./models/token"
import { NewsletterPluginOptions, parseNewsletterOptions, ResolvedNewsletterOptions } from "./options"

export type SubscriptionDTO = InferTypeOf<typeof Subscription>
export type { PurgedRows, SubscriptionChange }
type ConsentAction = (typeof CONSENT_ACTIONS)[number]

export type SubscribeOutcome =
  | { outcome: "mail"; subscription: SubscriptionDTO; token: string; token_id: string; change: SubscriptionChange }
  | { outcome: "already_subscribed"; subscription: SubscriptionDTO }
  | { outcome: "rate_limited"; retry_after: number }

export type ConfirmOutcome = "confirmed" | "already_confirmed" | "expired" | "used" | "revoked" | "invalid"
export type UnsubscribeOutcome = "unsubscribed" | "already_unsubscribed" | "invalid"
export type CampaignProgress = { total: number; sent: number; failed: number; skipped: number; remaining: number }

const ACTIVE = ["pending", "subscribed"]
const NOT_ERASED = ["pending", "subscribed", "unsubscribed", "suppressed"]
const DELIVERY = "newsletter_campaign_delivery"

/** The knex of the current transaction (or the pool when there is none). */
function knexOf(ctx: Context) {
  const manager = (ctx.transactionManager ?? ctx.manager) as any
  return manager.getTransactionContext() ?? manager.getKnex()
}

/**
 * The newsletter module: subscriptions, the append-only consent ledger,
 * tokens, campaigns with one delivery row per recipient, and the privacy contract.
 */
export default class NewsletterModuleService extends MedusaService({
  Subscription,
  ConsentEvent,
  ConsentText,
  Token,
  Campaign,
  CampaignDelivery,
  Suppression,
}) {
  protected readonly options_: ResolvedNewsletterOptions
  protected clockOffsetMs_ = 0

  constructor(container: Record<string, unknown>, options?: NewsletterPluginOptions) {
    // @ts-ignore MedusaService's constructor takes the container and module declaration
    super(...arguments)
    this.options_ = parseNewsletterOptions(options)
    this.cradle_ = container
  }

  protected readonly cradle_: Record<string, unknown>

  /** Medusa's module lifecycle: warn at boot when the shop cannot send e-mail. */
  __hooks = {
    onApplicationStart: async () => warnWithoutEmailProvider(this.cradle_),
  }

  getOptions(): ResolvedNewsletterOptions {
    return this.options_
  }

  /** The one clock of the plugin; tests move it with setClockOffset instead of sleeping. */
  now(): Date {
    return new Date(Date.now() + this.clockOffsetMs_)
  }

  setClockOffset(ms: number) {
    this.clockOffsetMs_ = ms
  }

  hashEmail(email: string) {
    return hmac(this.options_.hashSalt ?? `salt:${this.options_.secret}`, normalizeEmail(email))
  }

  /** Opaque, signed and long-lived: `<subscription id>.<hmac>`; a changed address invalidates it. */
  unsubscribeToken(sub: { id: string; token_version: number }) {
    return `${sub.id}.${hmac(this.options_.secret, `unsubscribe:${sub.id}:${sub.token_version}`)}`
  }

  unsubscribeUrl(sub: { id: string; token_version: number }) {
    return `${this.options_.publicUrl}/newsletter/unsubscribe?token=${encodeURIComponent(this.unsubscribeToken(sub))}`
  }

  /** The unsubscribe link shown in a mail's footer: the storefront's page when `pagesUrl` is set. */
  unsubscribePageUrl(sub: { id: string; token_version: number }) {
    const base = this.options_.pagesUrl ?? this.options_.publicUrl
    return `${base}/newsletter/unsubscribe?token=${encodeURIComponent(this.unsubscribeToken(sub))}`
  }

  confirmUrl(token: string) {
    return `${this.options_.pagesUrl ?? this.options_.publicUrl}/newsletter/confirm?token=${encodeURIComponent(token)}`
  }

  /** RFC 8058 headers for a newsletter to this subscription. */
  unsubscribeHeaders(sub: { id: string; token_version: number }) {
    const targets = [`<${this.unsubscribeUrl(sub)}>`]
    if (this.options_.unsubscribeMailto) targets.push(`<mailto:${this.options_.unsubscribeMailto}?subject=unsubscribe>`)
    return { "List-Unsubscribe": targets.join(", "), "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
  }

  // ── consent texts ────────────────────────────────────────────────────────

  @InjectManager()
  async currentConsentText(locale: string, @MedusaContext() ctx: Context = {}) {
    const [text] = await this.listConsentTexts({ locale }, { order: { version: "DESC" }, take: 1 }, ctx)
    return text ?? null
  }

  /** Adds a new version; earlier versions stay, because ledger rows point at them. */
  @InjectTransactionManager()
  async publishConsentText(input: { locale: string; body: string }, @MedusaContext() ctx: Context = {}) {
    await knexOf(ctx).raw("select pg_advisory_xact_lock(hashtextextended(?, 0))", [`nltxt:${input.locale}`])
    const current = await this.currentConsentText(input.locale, ctx)
    return await this.createConsentTexts({ locale: input.locale, body: input.body, version: (current?.version ?? 0) + 1, hash: sha256(input.body) }, ctx)
  }

  // ── subscribe, confirm, unsubscribe ─────────────────────────────────────

  /**
   * Records a subscribe request and issues a confirmation token (double opt-in).
   * Serialised per address; rate-limited per address and per IP.
   */
  @InjectTransactionManager()
  async requestSubscription(
    input: { email: string; customer_id?: string | null; consent_text_id?: string | null } & RequestContext,
    @MedusaContext() ctx: Context = {}
  ): Promise<SubscribeOutcome> {
    const email = normalizeEmail(input.email)
    const emailHash = this.hashEmail(email)
    const locale = input.locale ?? this.options_.defaultLocale
    await knexOf(ctx).raw("select pg_advisory_xact_lock(hashtextextended(?, 0))", [`nlsub:${emailHash}`])

    const text = input.consent_text_id ? (await this.listConsentTexts({ id: input.consent_text_id }, {}, ctx))[0] : await this.currentConsentText(locale, ctx)
    if (!text) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        input.consent_text_id
          ? `consent_text_id ${input.consent_text_id} does not exist`
          : `No consent text for locale "${locale}": publish one in the admin first`
      )
    }

    const retryAfter = await this.rateLimited(emailHash, input.ip ?? null, ctx)
    if (retryAfter) return { outcome: "rate_limited", retry_after: retryAfter }

    const [existing] = await this.listSubscriptions({ email_hash: emailHash, status: NOT_ERASED as any }, {}, ctx)
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
    const subscription = existing ? await this.updateSubscriptions({ id: existing.id, ...fields }, ctx) : await this.createSubscriptions(fields, ctx)
    const change = newChange(subscription.id, existing ?? null)
    const action: ConsentAction = existing && existing.status !== "pending" ? "resubscribed" : "requested"
    await this.appendEvent(subscription, action, input, ctx, { id: text.id, hash: text.hash }, undefined, change)
    await this.revokeOpenTokens(subscription.id, ctx, change)

    const token = randomToken()
    const row = await this.createTokens(
      {
        subscription_id: subscription.id,
        purpose: "confirm",
        token_hash: hmac(this.options_.secret, `confirm:${token}`),
        expires_at: new Date(this.now().getTime() + this.options_.confirmTokenTtlHours * 3600_000),
      },
      ctx
    )
    change.created_token_ids.push(row.id)
    return { outcome: "mail", subscription, token, token_id: row.id, change }
  }

  /** Seconds to wait when the address or the IP has used up its window, else 0. */
  protected async rateLimited(emailHash: string, ip: string | null, ctx: Context) {
    const { perAddress, perIp, windowMinutes } = this.options_.rateLimit
    const windowMs = windowMinutes * 60_000
    const since = new Date(this.now().getTime() - windowMs)
    const checks: [Record<string, string>, number][] = [[{ email_hash: emailHash }, perAddress]]
    if (ip) checks.push([{ ip }, perIp])
    for (const [where, limit] of checks) {
      const [row] = await knexOf(ctx)("newsletter_consent_event")
        .where(where)
        .whereIn("action", ["requested", "resubscribed"])
        .where("occurred_at", ">", since)
        .whereNull("deleted_at")
        .count({ n: "*" })
        .min({ first: "occurred_at" })
      if (Number(row.n) >= limit) {
        const reopens = new Date(row.first).getTime() + windowMs
        return Math.max(1, Math.ceil((reopens - this.now().getTime()) / 1000))
      }
    }
    return 0
  }

  /** Confirms with a token from the mail. Confirming twice is a success. */
  @InjectTransactionManager()
  async confirmByToken(
    token: string,
    meta: RequestContext,
    @MedusaContext() ctx: Context = {}
  ): Promise<{ outcome: ConfirmOutcome; subscription?: SubscriptionDTO; change?: SubscriptionChange }> {
    const tokenHash = hmac(this.options_.secret, `confirm:${token}`)
    const locked = await knexOf(ctx)("newsletter_token").where({ token_hash: tokenHash }).whereNull("deleted_at").forUpdate().first()
    if (!locked) return { outcome: "invalid" }
    const [sub] = await this.listSubscriptions({ id: locked.subscription_id }, {}, ctx)
    if (!sub || sub.status === "erased") return { outcome: "invalid" }
    if (locked.used_at) return { outcome: sub.status === "subscribed" ? "already_confirmed" : "used", subscription: sub }
    if (locked.revoked_at) return { outcome: "revoked", subscription: sub }
    if (new Date(locked.expires_at).getTime() <= this.now().getTime()) return { outcome: "expired", subscription: sub }
    if (sub.status !== "pending") return { outcome: "invalid" }

    const change = newChange(sub.id, sub)
    change.tokens_before.push({
      id: locked.id,
      used_at: locked.used_at,
      revoked_at: locked.revoked_at,
      updated_at: locked.updated_at,
    })
    await this.updateTokens({ id: locked.id, used_at: this.now() }, ctx)
    const updated = await this.updateSubscriptions({ id: sub.id, status: "subscribed", confirmed_at: this.now() }, ctx)
    const [request] = await this.listConsentEvents(
      { subscription_id: sub.id, action: ["requested", "resubscribed"] },
      { order: { occurred_at: "DESC" }, take: 1 },
      ctx
    )
    await this.appendEvent(
      updated,
      "confirmed",
      { ...meta, locale: meta.locale ?? sub.locale },
      ctx,
      { id: request?.consent_text_id ?? null, hash: request?.consent_text_hash ?? null },
      undefined,
      change
    )
    // A fresh double opt-in outranks an earlier suppression.
    const suppressed = await knexOf(ctx)("newsletter_suppression").where({ email_hash: sub.email_hash }).whereNull("deleted_at")
    if (suppressed.length) {
      await this.deleteSuppressions(
        suppressed.map((s: { id: string }) => s.id),
        ctx
      )
      change.deleted_suppressions = suppressed
    }
    return { outcome: "confirmed", subscription: updated, change }
  }

  /** The subscription a valid unsubscribe token belongs to, or null. */
  @InjectManager()
  async subscriptionForUnsubscribeToken(token: string, @MedusaContext() ctx: Context = {}) {
    const [id] = token.split(".")
    if (!id?.startsWith("nlsub_")) return null
    const [sub] = await this.listSubscriptions({ id }, {}, ctx)
    if (!sub || sub.status === "erased" || !safeEqual(this.unsubscribeToken(sub), token)) return null
    return sub
  }

  @InjectTransactionManager()
  async unsubscribe(
    subscriptionId: string,
    meta: RequestContext & { action?: ConsentAction; note?: string },
    @MedusaContext() ctx: Context = {}
  ): Promise<UnsubscribeOutcome> {
    return (await this.unsubscribeTracked(subscriptionId, meta, ctx)).outcome
  }

  /** unsubscribe, also returning what changed (for a workflow step's compensation). */
  @InjectTransactionManager()
  async unsubscribeTracked(
    subscriptionId: string,
    meta: RequestContext & { action?: ConsentAction; note?: string },
    @MedusaContext() ctx: Context = {}
  ): Promise<{ outcome: UnsubscribeOutcome; change?: SubscriptionChange }> {
    await knexOf(ctx)("newsletter_subscription").where({ id: subscriptionId }).forUpdate().first()
    const [sub] = await this.listSubscriptions({ id: subscriptionId }, {}, ctx)
    if (!sub || sub.status === "erased") return { outcome: "invalid" }
    if (!ACTIVE.includes(sub.status)) return { outcome: "already_unsubscribed" }
    const change = newChange(sub.id, sub)
    const updated = await this.updateSubscriptions({ id: sub.id, status: "unsubscribed", unsubscribed_at: this.now() }, ctx)
    await this.appendEvent(updated, meta.action ?? "unsubscribed", { ...meta, locale: meta.locale ?? sub.locale }, ctx, undefined, undefined, change)
    await this.revokeOpenTokens(sub.id, ctx, change)
    return { outcome: "unsubscribed", change }
  }

  /** An admin suppresses (bounce, complaint) or unsubscribes an address; recorded as admin_change. */
  @InjectTransactionManager()
  async adminSetStatus(
    subscriptionId: string,
    status: "unsubscribed" | "suppressed",
    meta: RequestContext & { note?: string },
    @MedusaContext() ctx: Context = {}
  ) {
    await knexOf(ctx)("newsletter_subscription").where({ id: subscriptionId }).forUpdate().first()
    const [sub] = await this.listSubscriptions({ id: subscriptionId }, {}, ctx)
    if (!sub || sub.status === "erased") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Newsletter subscription ${subscriptionId} was not found`)
    }
    const change = newChange(sub.id, sub)
    const updated = await this.updateSubscriptions({ id: sub.id, status, unsubscribed_at: this.now() }, ctx)
    await this.appendEvent(updated, "admin_change", { ...meta, source: meta.source ?? "admin" }, ctx, undefined, undefined, change)
    if (status === "suppressed") {
      const existing = await this.listSuppressions({ email_hash: sub.email_hash }, {}, ctx)
      if (!existing.length) {
        const row = await this.createSuppressions({ email_hash: sub.email_hash, reason: "admin" }, ctx)
        change.created_suppression_ids.push(row.id)
      }
    }
    await this.revokeOpenTokens(sub.id, ctx, change)
    return { subscription: updated, change }
  }

  /**
   * A customer's address changed: the opt-in of the old address ends (history
   * kept, links rotated). Returns whether the new address must be asked to confirm.
   */
  @InjectTransactionManager()
  async endForEmailChange(customerId: string, newEmail: string, @MedusaContext() ctx: Context = {}) {
    const email = normalizeEmail(newEmail)
    const subs = await this.listSubscriptions({ customer_id: customerId, status: ACTIVE as any }, {}, ctx)
    let reconfirm: { locale: string; consent_text_id: string | null } | null = null
    const changes: SubscriptionChange[] = []
    for (const sub of subs) {
      if (sub.email === email) continue
      await knexOf(ctx)("newsletter_subscription").where({ id: sub.id }).forUpdate().first()
      const change = newChange(sub.id, sub)
      changes.push(change)
      const updated = await this.updateSubscriptions(
        { id: sub.id, status: "unsubscribed", unsubscribed_at: this.now(), token_version: sub.token_version + 1 },
        ctx
      )
      await this.appendEvent(updated, "unsubscribed", { source: "customer.email_changed", locale: sub.locale }, ctx, undefined, "address changed", change)
      await this.revokeOpenTokens(sub.id, ctx, change)
      const [request] = await this.listConsentEvents(
        { subscription_id: sub.id, action: ["requested", "resubscribed"] },
        { order: { occurred_at: "DESC" }, take: 1 },
        ctx
      )
      reconfirm = { locale: sub.locale, consent_text_id: request?.consent_text_id ?? null }
    }
    return { reconfirm, changes }
  }

  /**
   * Soft opt-in (Telecommunicatiewet art. 11.7(3)): an ordering customer is enrolled
   * under its own legal basis, unless the address was ever subscribed, unsubscribed or suppressed.
   */
  @InjectTransactionManager()
  async enrollSoftOptIn(input: { email: string; customer_id: string; locale?: string; source: string }, @MedusaContext() ctx: Context = {}) {
    if (!this.options_.softOptIn.enabled) return null
    const email = normalizeEmail(input.email)
    const emailHash = this.hashEmail(email)
    await knexOf(ctx).raw("select pg_advisory_xact_lock(hashtextextended(?, 0))", [`nlsub:${emailHash}`])
    const known = await this.listSubscriptions({ email_hash: emailHash }, { withDeleted: true }, ctx)
    const suppressed = await this.listSuppressions({ email_hash: emailHash }, {}, ctx)
    if (known.length || suppressed.length) return null
    const sub = await this.createSubscriptions(
      {
        email,
        email_hash: emailHash,
        status: "subscribed",
        legal_basis: "soft_opt_in",
        customer_id: input.customer_id,
        locale: input.locale ?? this.options_.defaultLocale,
        source: input.source,
        confirmed_at: this.now(),
      },
      ctx
    )
    const change = newChange(sub.id, null)
    await this.appendEvent(sub, "confirmed", { source: input.source, locale: sub.locale }, ctx, undefined, undefined, change)
    return { subscription: sub, change }
  }

  /** Deletes never-confirmed pending subscriptions older than the configured age; bounded per call. */
  @InjectTransactionManager()
  async purgeUnconfirmed(limit = 500, @MedusaContext() ctx: Context = {}) {
    return (await this.purgeUnconfirmedTracked(limit, ctx)).count
  }

  /** purgeUnconfirmed, also returning the deleted rows (for a workflow step's compensation). */
  @InjectTransactionManager()
  async purgeUnconfirmedTracked(limit = 500, @MedusaContext() ctx: Context = {}) {
    const cutoff = new Date(this.now().getTime() - this.options_.purgeUnconfirmedAfterDays * 86400_000)
    const rows: { id: string }[] = await knexOf(ctx)("newsletter_subscription")
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
    deleted.newsletter_token = await knexOf(ctx)("newsletter_token").whereIn("subscription_id", ids).delete().returning("*")
    deleted.newsletter_consent_event = await knexOf(ctx)("newsletter_consent_event").whereIn("subscription_id", ids).delete().returning("*")
    deleted.newsletter_subscription = await knexOf(ctx)("newsletter_subscription").whereIn("id", ids).delete().returning("*")
    return { count: ids.length, deleted }
  }

  /** Compensation of a purge: puts the deleted rows back. */
  @InjectTransactionManager()
  async restorePurged(rows: PurgedRows, @MedusaContext() ctx: Context = {}) {
    await restorePurgedRows(knexOf(ctx), rows)
  }

  /** Compensation of the subscription workflow steps: undoes recorded changes exactly, newest first. */
  @InjectTransactionManager()
  async revertSubscriptionChanges(changes: SubscriptionChange[], @MedusaContext() ctx: Context = {}) {
    await revertChanges(knexOf(ctx), changes)
  }

  protected async revokeOpenTokens(subscriptionId: string, ctx: Context, change?: SubscriptionChange) {
    const open = () => knexOf(ctx)("newsletter_token").where({ subscription_id: subscriptionId }).whereNull("used_at").whereNull("revoked_at")
    // Callers hold the subscription's lock, so the rows read are the rows revoked.
    if (change) change.tokens_before.push(...(await open().select("id", "used_at", "revoked_at", "updated_at")))
    await open().update({ revoked_at: this.now(), updated_at: this.now() })
  }

  protected async appendEvent(
    sub: SubscriptionDTO,
    action: ConsentAction,
    meta: RequestContext,
    ctx: Context,
    text?: { id: string | null; hash: string | null },
    note?: string,
    change?: SubscriptionChange
  ) {
    const event = await this.createConsentEvents(
      {
        subscription_id: sub.id,
        email_hash: sub.email_hash,
        action,
        legal_basis: sub.legal_basis,
        occurred_at: this.now(),
        source: meta.source ?? null,
        locale: meta.locale ?? null,
        ip: meta.ip ?? null,
        user_agent: meta.user_agent?.slice(0, 500) ?? null,
        consent_text_id: text?.id ?? null,
        consent_text_hash: text?.hash ?? null,
        note: note ?? null,
      },
      ctx
    )
    change?.event_ids.push(event.id)
  }

  // ── campaigns ────────────────────────────────────────────────────────────

  /**
   * Freezes the audience: one queued delivery per subscription confirmed now
   * (and not suppressed). The unique (campaign, subscription) pair makes this idempotent.
   */
  @InjectTransactionManager()
  async startCampaign(campaignId: string, @MedusaContext() ctx: Context = {}) {
    const knex = knexOf(ctx)
    const campaign = await knex("newsletter_campaign").where({ id: campaignId }).whereNull("deleted_at").forUpdate().first()
    if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Campaign ${campaignId} was not found`)
    if (campaign.status !== "draft") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Campaign ${campaignId} is already ${campaign.status}`)
    }
    const now = this.now()
    await deliveries.freezeAudience(knex, campaignId, now)
    return await this.updateCampaigns({ id: campaignId, status: "sending", started_at: now }, ctx)
  }

  /** Compensation of startCampaign: the queued audience goes and the campaign is a draft again. */
  @InjectTransactionManager()
  async revertCampaignStart(campaignId: string, @MedusaContext() ctx: Context = {}) {
    const knex = knexOf(ctx)
    await knex("newsletter_campaign").where({ id: campaignId }).forUpdate().first()
    // The resume job may already have claimed rows of a "sending" campaign: then it stays sending, never mailing twice.
    if (!(await deliveries.unfreezeAudience(knex, campaignId))) return
    await knex("newsletter_campaign").where({ id: campaignId }).update({ status: "draft", started_at: null, updated_at: this.now() })
  }

  /**
   * Claims up to `limit` deliveries for this worker: queued rows, or rows whose
   * claim lease ran out (a crashed worker). SKIP LOCKED: two workers never claim one row.
   */
  @InjectTransactionManager()
  async claimDeliveries(campaignId: string, limit: number, @MedusaContext() ctx: Context = {}) {
    const now = this.now()
    const staleBefore = new Date(now.getTime() - this.options_.campaign.leaseSeconds * 1000)
    return await deliveries.claim(knexOf(ctx), campaignId, limit, now, staleBefore)
  }

  @InjectTransactionManager()
  async finishDeliveries(results: { id: string; status: "sent" | "failed" | "skipped"; error?: string }[], @MedusaContext() ctx: Context = {}) {
    await deliveries.finish(knexOf(ctx), results, this.now())
  }

  /** How many confirmed, unsuppressed subscribers a campaign sent now reaches. */
  @InjectManager()
  async audienceCount(@MedusaContext() ctx: Context = {}) {
    return await deliveries.audienceCount(knexOf(ctx))
  }

  /** Counts per status and the daily confirmations/unsubscriptions since `since`. */
  @InjectManager()
  async subscriptionStats(since: Date, @MedusaContext() ctx: Context = {}) {
    return await deliveries.subscriptionStats(knexOf(ctx), since)
  }

  @InjectManager()
  async campaignProgress(campaignIds: string[], @MedusaContext() ctx: Context = {}) {
    return await deliveries.progress(knexOf(ctx), campaignIds)
  }

  /** Marks a sending campaign sent once no delivery is queued or claimed. */
  @InjectTransactionManager()
  async completeCampaignIfDone(campaignId: string, @MedusaContext() ctx: Context = {}) {
    return await deliveries.completeIfDone(knexOf(ctx), campaignId, this.now())
  }

  // ── privacy contract ─────────────────────────────────────────────────────

  getPersonalDataDescriptor(): PersonalDataDescriptor {
    return {
      module: "newsletter",
      entities: [
        {
          entity: "newsletter_subscription",
          personal_fields: ["email", "customer_id", "locale"],
          description: "Newsletter subscription of an address (status, legal basis, confirmation time)",
        },
        {
          entity: "newsletter_consent_event",
          personal_fields: ["ip", "user_agent"],
          description: "Consent ledger: requests, confirmations and withdrawals with IP, user agent and consent text",
        },
        {
          entity: "newsletter_token",
          personal_fields: [],
          description: "Confirmation tokens (only keyed hashes) issued to the address",
        },
        {
          entity: "newsletter_campaign_delivery",
          personal_fields: [],
          description: "Which newsletters were sent to the subscription, and when",
        },
      ],
    }
  }

  @InjectManager()
  async exportSubjectData(subject: PrivacySubject, @MedusaContext() ctx: Context = {}): Promise<SubjectDataExport> {
    const subs = await this.subjectSubscriptions(subject, ctx)
    const ids = subs.map((s) => s.id)
    const [events, tokens, deliveries] = ids.length
      ? await Promise.all([
          this.listConsentEvents({ subscription_id: ids }, { order: { occurred_at: "ASC" } }, ctx),
          this.listTokens({ subscription_id: ids }, {}, ctx),
          this.listCampaignDeliveries({ subscription_id: ids }, {}, ctx),
        ])
      : [[], [], []]
    const iso = (d: unknown) => (d ? new Date(d as string).toISOString() : null)
    return {
      module: "newsletter",
      entities: {
        newsletter_subscription: subs.map((s) => ({
          id: s.id,
          email: s.email,
          status: s.status,
          legal_basis: s.legal_basis,
          customer_id: s.customer_id,
          locale: s.locale,
          source: s.source,
          created_at: iso(s.created_at),
          confirmed_at: iso(s.confirmed_at),
          unsubscribed_at: iso(s.unsubscribed_at),
        })),
        newsletter_consent_event: events.map((e) => ({
          id: e.id,
          subscription_id: e.subscription_id,
          action: e.action,
          legal_basis: e.legal_basis,
          occurred_at: iso(e.occurred_at),
          source: e.source,
          locale: e.locale,
          ip: e.ip,
          user_agent: e.user_agent,
          consent_text_id: e.consent_text_id,
          consent_text_hash: e.consent_text_hash,
        })),
        newsletter_token: tokens.map((t) => ({
          id: t.id,
          subscription_id: t.subscription_id,
          purpose: t.purpose,
          expires_at: iso(t.expires_at),
          used_at: iso(t.used_at),
        })),
        newsletter_campaign_delivery: deliveries.map((d) => ({
          id: d.id,
          campaign_id: d.campaign_id,
          subscription_id: d.subscription_id,
          status: d.status,
          sent_at: iso(d.sent_at),
        })),
      },
    }
  }

  /**
   * Erasure keeps only the salted e-mail hash: the subscription becomes an
   * `erased` tombstone, ledger rows lose IP and user agent (and get an `erased`
   * row), tokens are deleted, and the hash goes on the suppression list.
   */
  async eraseSubjectData(subject: PrivacySubject, @MedusaContext() ctx: Context = {}): Promise<SubjectErasureResult> {
    return this.eraseSubjectsData([subject], ctx)
  }

  /** Batch form of eraseSubjectData (privacy retention): one query finds the subjects' subscriptions. */
  @InjectTransactionManager()
  async eraseSubjectsData(subjects: PrivacySubject[], @MedusaContext() ctx: Context = {}): Promise<SubjectErasureResult> {
    const subs = await this.subjectsSubscriptions(subjects, ctx)
    const ids = subs.map((s) => s.id)
    const result: SubjectErasureResult = {
      module: "newsletter",
      erased: { newsletter_token: 0 },
      anonymized: { newsletter_subscription: 0, newsletter_consent_event: 0, newsletter_campaign_delivery: 0 },
    }
    if (!ids.length) return result
    const knex = knexOf(ctx)
    const now = this.now()
    result.erased.newsletter_token = await knex("newsletter_token").whereIn("subscription_id", ids).delete()
    result.anonymized.newsletter_consent_event = await knex("newsletter_consent_event")
      .whereIn("subscription_id", ids)
      .update({ ip: null, user_agent: null, updated_at: now })
    result.anonymized.newsletter_campaign_delivery = Number((await knex(DELIVERY).whereIn("subscription_id", ids).count({ n: "*" }))[0].n)
    for (const sub of subs) {
      const erased = await this.updateSubscriptions(
        {
          id: sub.id,
          email: null,
          customer_id: null,
          source: null,
          status: "erased",
          token_version: sub.token_version + 1,
        },
        ctx
      )
      await this.appendEvent(erased, "erased", { source: "privacy" }, ctx)
      const known = await this.listSuppressions({ email_hash: sub.email_hash }, {}, ctx)
      if (!known.length) await this.createSuppressions({ email_hash: sub.email_hash, reason: "erased" }, ctx)
    }
    result.anonymized.newsletter_subscription = subs.length
    return result
  }

  protected async subjectSubscriptions(subject: PrivacySubject, ctx: Context) {
    return this.subjectsSubscriptions([subject], ctx)
  }

  protected async subjectsSubscriptions(subjects: PrivacySubject[], ctx: Context) {
    const ids = [...new Set(subjects.map((s) => s.customer_id).filter((id): id is string => !!id))]
    const hashes = [
      ...new Set(
        subjects
          .map((s) => s.email)
          .filter((e): e is string => !!e)
          .map((e) => this.hashEmail(e))
      ),
    ]
    const or: Record<string, unknown>[] = []
    if (ids.length) or.push({ customer_id: ids })
    if (hashes.length) or.push({ email_hash: hashes })
    if (!or.length) return []
    return await this.listSubscriptions({ $or: or, status: NOT_ERASED } as any, { order: { created_at: "ASC" } }, ctx)
  }
}

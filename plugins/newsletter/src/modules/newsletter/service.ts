import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError } from "@medusajs/framework/utils"
import type { PersonalDataDescriptor, PrivacySubject, SubjectDataExport, SubjectErasureResult } from "../../types/privacy-contract"
import { warnWithoutEmailProvider } from "../../utils/email-provider"
import * as campaigns from "./campaigns"
import { Clock, NEWSLETTER_CLOCK, OffsetClock } from "./clock"
import * as consentTexts from "./consent-texts"
import { NewsletterData } from "./data"
import * as deliveries from "./delivery-repository"
import type { NewsletterDeps } from "./deps"
import { NewsletterLinks } from "./links"
import { listUnsubscribeHeaders } from "./list-unsubscribe"
import { Locale, LOCALES, NewsletterPluginOptions, parseNewsletterOptions, ResolvedNewsletterOptions } from "./options"
import * as privacy from "./privacy"
import { restorePurged, revertChanges } from "./subscription-changes"
import { knexOf } from "./subscription-repository"
import * as states from "./subscription-states"
import type {
  CampaignCompletion,
  CampaignProgress,
  ClaimedDelivery,
  ConfirmResult,
  ConsentAction,
  DeliveryResult,
  FinishedDelivery,
  PurgedRows,
  PurgeResult,
  RequestContext,
  SubscribeOutcome,
  SubscriptionChange,
  SubscriptionStats,
  UnsubscribeResult,
} from "./types"

export type * from "./types"

type Linkable = { id: string; token_version: number }

/** A clock the host registered under NEWSLETTER_CLOCK, if any (the module container throws on unknown keys). */
function injectedClock(container: Record<string, unknown>): Clock | undefined {
  try {
    return container[NEWSLETTER_CLOCK] as Clock | undefined
  } catch {
    return undefined
  }
}

/**
 * The newsletter module: subscriptions, the append-only consent ledger, tokens,
 * campaigns with one delivery row per recipient, and the privacy contract. The
 * service is the module's transaction boundary; the work is done by its parts
 * (subscription-states, consent-texts, campaigns, privacy, the two repositories).
 */
export default class NewsletterModuleService extends NewsletterData {
  protected readonly options_: ResolvedNewsletterOptions
  protected readonly clock_: Clock
  protected readonly links_: NewsletterLinks
  protected readonly deps_: NewsletterDeps
  protected readonly cradle_: Record<string, unknown>

  constructor(container: Record<string, unknown>, options?: NewsletterPluginOptions) {
    // @ts-ignore MedusaService's constructor takes the container and module declaration
    super(...arguments)
    this.cradle_ = container
    this.options_ = parseNewsletterOptions(options)
    this.clock_ = injectedClock(container) ?? new OffsetClock()
    this.links_ = new NewsletterLinks(this.options_)
    this.deps_ = { data: this, clock: this.clock_, links: this.links_, options: this.options_ }
  }

  /** Medusa's module lifecycle: warn at boot when the shop cannot send e-mail. */
  __hooks = {
    onApplicationStart: async () => warnWithoutEmailProvider(this.cradle_),
  }

  getOptions(): ResolvedNewsletterOptions {
    return this.options_
  }

  /** `locale` when the plugin has texts for it, else the `defaultLocale` option (pages, mails, answers). */
  pageLocale(locale?: string | null): Locale {
    return (LOCALES as readonly string[]).includes(locale ?? "") ? (locale as Locale) : this.options_.defaultLocale
  }

  /** The one clock of the module; tests move it with setClockOffset instead of sleeping. */
  now(): Date {
    return this.clock_.now()
  }

  setClockOffset(ms: number) {
    if (!(this.clock_ instanceof OffsetClock)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The newsletter clock was injected (${NEWSLETTER_CLOCK}): move that clock instead`)
    }
    this.clock_.setOffset(ms)
  }

  // ── links and headers ───────────────────────────────────────────────────

  hashEmail(email: string) {
    return this.links_.hashEmail(email)
  }

  unsubscribeToken(sub: Linkable) {
    return this.links_.unsubscribeToken(sub)
  }

  unsubscribeUrl(sub: Linkable) {
    return this.links_.unsubscribeUrl(sub)
  }

  unsubscribePageUrl(sub: Linkable) {
    return this.links_.unsubscribePageUrl(sub)
  }

  confirmUrl(token: string) {
    return this.links_.confirmUrl(token)
  }

  /** RFC 8058 headers for a newsletter to this subscription. */
  unsubscribeHeaders(sub: Linkable) {
    return listUnsubscribeHeaders(this.links_.unsubscribeUrl(sub), this.options_.unsubscribeMailto)
  }

  // ── consent texts ───────────────────────────────────────────────────────

  @InjectManager()
  async currentConsentText(locale: string, @MedusaContext() ctx: Context = {}) {
    return await consentTexts.currentConsentText(this.deps_, locale, ctx)
  }

  @InjectTransactionManager()
  async publishConsentText(input: { locale: string; body: string }, @MedusaContext() ctx: Context = {}) {
    return await consentTexts.publishConsentText(this.deps_, input, ctx)
  }

  // ── subscription state changes ──────────────────────────────────────────

  @InjectTransactionManager()
  async requestSubscription(
    input: { email: string; customer_id?: string | null; consent_text_id?: string | null } & RequestContext,
    @MedusaContext() ctx: Context = {}
  ): Promise<SubscribeOutcome> {
    return await states.requestSubscription(this.deps_, input, ctx)
  }

  @InjectTransactionManager()
  async confirmByToken(token: string, meta: RequestContext, @MedusaContext() ctx: Context = {}): Promise<ConfirmResult> {
    return await states.confirmByToken(this.deps_, token, meta, ctx)
  }

  @InjectManager()
  async subscriptionForUnsubscribeToken(token: string, @MedusaContext() ctx: Context = {}) {
    return await states.subscriptionForUnsubscribeToken(this.deps_, token, ctx)
  }

  /** `{ outcome, change? }`: the change is what a workflow step's compensation undoes. */
  @InjectTransactionManager()
  async unsubscribe(
    subscriptionId: string,
    meta: RequestContext & { action?: ConsentAction; note?: string },
    @MedusaContext() ctx: Context = {}
  ): Promise<UnsubscribeResult> {
    return await states.unsubscribe(this.deps_, subscriptionId, meta, ctx)
  }

  @InjectTransactionManager()
  async adminSetStatus(
    subscriptionId: string,
    status: "unsubscribed" | "suppressed",
    meta: RequestContext & { note?: string },
    @MedusaContext() ctx: Context = {}
  ) {
    return await states.adminSetStatus(this.deps_, subscriptionId, status, meta, ctx)
  }

  @InjectTransactionManager()
  async endForEmailChange(customerId: string, newEmail: string, @MedusaContext() ctx: Context = {}) {
    return await states.endForEmailChange(this.deps_, customerId, newEmail, ctx)
  }

  @InjectTransactionManager()
  async enrollSoftOptIn(input: { email: string; customer_id: string; locale?: string; source: string }, @MedusaContext() ctx: Context = {}) {
    return await states.enrollSoftOptIn(this.deps_, input, ctx)
  }

  /** One bounded batch; `{ count, deleted }`, the deleted rows for a workflow step's compensation. */
  @InjectTransactionManager()
  async purgeUnconfirmed(limit = 500, @MedusaContext() ctx: Context = {}): Promise<PurgeResult> {
    return await states.purgeUnconfirmed(this.deps_, limit, ctx)
  }

  /** Compensation of a purge: puts the deleted rows back. */
  @InjectTransactionManager()
  async restorePurged(rows: PurgedRows, @MedusaContext() ctx: Context = {}) {
    await restorePurged(knexOf(ctx), rows)
  }

  /** Compensation of the subscription workflow steps: undoes recorded changes exactly, newest first. */
  @InjectTransactionManager()
  async revertSubscriptionChanges(changes: SubscriptionChange[], @MedusaContext() ctx: Context = {}) {
    await revertChanges(knexOf(ctx), changes)
  }

  // ── campaigns ───────────────────────────────────────────────────────────

  @InjectTransactionManager()
  async startCampaign(campaignId: string, @MedusaContext() ctx: Context = {}) {
    return await campaigns.startCampaign(this.deps_, campaignId, ctx)
  }

  @InjectTransactionManager()
  async revertCampaignStart(campaignId: string, @MedusaContext() ctx: Context = {}) {
    await campaigns.revertCampaignStart(this.deps_, campaignId, ctx)
  }

  /** Claims up to `limit` queued (or lease-expired) deliveries for this worker; SKIP LOCKED, so never one row twice. */
  @InjectTransactionManager()
  async claimDeliveries(campaignId: string, limit: number, @MedusaContext() ctx: Context = {}): Promise<ClaimedDelivery[]> {
    const now = this.now()
    const staleBefore = new Date(now.getTime() - this.options_.campaign.leaseSeconds * 1000)
    return await deliveries.claim(knexOf(ctx), campaignId, limit, now, staleBefore)
  }

  /** Undoes a claim exactly (the compensation of the claim step): the rows still held by it get their state back. */
  @InjectTransactionManager()
  async releaseDeliveries(claimed: Pick<ClaimedDelivery, "id" | "claimed_at" | "previous">[], @MedusaContext() ctx: Context = {}) {
    await deliveries.release(knexOf(ctx), claimed)
  }

  /** Records the outcomes of sent deliveries; returns the rows as they were (for `unfinishDeliveries`). */
  @InjectTransactionManager()
  async finishDeliveries(results: DeliveryResult[], @MedusaContext() ctx: Context = {}): Promise<FinishedDelivery[]> {
    return await deliveries.finish(knexOf(ctx), results, this.now())
  }

  @InjectTransactionManager()
  async unfinishDeliveries(before: FinishedDelivery[], @MedusaContext() ctx: Context = {}) {
    await deliveries.unfinish(knexOf(ctx), before)
  }

  /** How many confirmed, unsuppressed subscribers a campaign sent now reaches. */
  @InjectManager()
  async audienceCount(@MedusaContext() ctx: Context = {}) {
    return await deliveries.audienceCount(knexOf(ctx))
  }

  /** Counts per status and the daily confirmations/unsubscriptions since `since`. */
  @InjectManager()
  async subscriptionStats(since: Date, @MedusaContext() ctx: Context = {}): Promise<SubscriptionStats> {
    return await deliveries.subscriptionStats(knexOf(ctx), since)
  }

  @InjectManager()
  async campaignProgress(campaignIds: string[], @MedusaContext() ctx: Context = {}): Promise<Record<string, CampaignProgress>> {
    return await deliveries.progress(knexOf(ctx), campaignIds)
  }

  /** Marks a sending campaign sent once no delivery is queued or claimed. */
  @InjectTransactionManager()
  async completeCampaignIfDone(campaignId: string, @MedusaContext() ctx: Context = {}): Promise<CampaignCompletion> {
    return await deliveries.completeIfDone(knexOf(ctx), campaignId, this.now())
  }

  @InjectTransactionManager()
  async uncompleteCampaign(previous: NonNullable<CampaignCompletion["previous"]>, @MedusaContext() ctx: Context = {}) {
    await deliveries.uncomplete(knexOf(ctx), previous)
  }

  // ── privacy contract ────────────────────────────────────────────────────

  getPersonalDataDescriptor(): PersonalDataDescriptor {
    return privacy.PERSONAL_DATA
  }

  @InjectManager()
  async exportSubjectData(subject: PrivacySubject, @MedusaContext() ctx: Context = {}): Promise<SubjectDataExport> {
    return await privacy.exportSubjectData(this.deps_, subject, ctx)
  }

  async eraseSubjectData(subject: PrivacySubject, @MedusaContext() ctx: Context = {}): Promise<SubjectErasureResult> {
    return await this.eraseSubjectsData([subject], ctx)
  }

  /** Batch form (privacy retention): one query finds the subjects' subscriptions. */
  @InjectTransactionManager()
  async eraseSubjectsData(subjects: PrivacySubject[], @MedusaContext() ctx: Context = {}): Promise<SubjectErasureResult> {
    return await privacy.eraseSubjectsData(this.deps_, subjects, ctx)
  }
}

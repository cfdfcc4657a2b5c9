/**
 * The module's side of the pack's privacy contract (src/types/privacy-contract.ts):
 * what it stores about a person, the export, and erasure down to the salted hash.
 */
import type { Context } from "@medusajs/framework/types"
import type { PersonalDataDescriptor, PrivacySubject, SubjectDataExport, SubjectErasureResult } from "../../types/privacy-contract"
import { appendConsentEvent } from "./consent-ledger"
import * as deliveries from "./delivery-repository"
import type { NewsletterDeps } from "./deps"
import { NOT_ERASED } from "./subscription-states"
import * as sql from "./subscription-repository"

export const PERSONAL_DATA: PersonalDataDescriptor = {
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

/** The not yet erased subscriptions of the subjects (by customer id or address hash), found in one query. */
async function subjectsSubscriptions({ data, links }: NewsletterDeps, subjects: PrivacySubject[], ctx: Context) {
  const ids = [...new Set(subjects.map((s) => s.customer_id).filter((id): id is string => !!id))]
  const hashes = [...new Set(subjects.flatMap((s) => (s.email ? [links.hashEmail(s.email)] : [])))]
  const or: Record<string, unknown>[] = []
  if (ids.length) or.push({ customer_id: ids })
  if (hashes.length) or.push({ email_hash: hashes })
  if (!or.length) return []
  return await data.listSubscriptions({ $or: or, status: NOT_ERASED } as any, { order: { created_at: "ASC" } }, ctx)
}

const iso = (d: unknown) => (d ? new Date(d as string).toISOString() : null)

export async function exportSubjectData(deps: NewsletterDeps, subject: PrivacySubject, ctx: Context): Promise<SubjectDataExport> {
  const { data } = deps
  const subs = await subjectsSubscriptions(deps, [subject], ctx)
  const ids = subs.map((s) => s.id)
  const [events, tokens, sent] = ids.length
    ? await Promise.all([
        data.listConsentEvents({ subscription_id: ids }, { order: { occurred_at: "ASC" } }, ctx),
        data.listTokens({ subscription_id: ids }, {}, ctx),
        data.listCampaignDeliveries({ subscription_id: ids }, {}, ctx),
      ])
    : [[], [], []]
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
      newsletter_campaign_delivery: sent.map((d) => ({
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
 * row), tokens are deleted, and the hash goes on the suppression list. Idempotent.
 */
export async function eraseSubjectsData(deps: NewsletterDeps, subjects: PrivacySubject[], ctx: Context): Promise<SubjectErasureResult> {
  const { data, clock } = deps
  const subs = await subjectsSubscriptions(deps, subjects, ctx)
  const ids = subs.map((s) => s.id)
  const result: SubjectErasureResult = {
    module: "newsletter",
    erased: { newsletter_token: 0 },
    anonymized: { newsletter_subscription: 0, newsletter_consent_event: 0, newsletter_campaign_delivery: 0 },
  }
  if (!ids.length) return result
  const knex = sql.knexOf(ctx)
  const { tokens, events } = await sql.eraseTokensAndLedgerDetails(knex, ids, clock.now())
  result.erased.newsletter_token = tokens
  result.anonymized.newsletter_consent_event = events
  result.anonymized.newsletter_campaign_delivery = await deliveries.countForSubscriptions(knex, ids)
  for (const sub of subs) {
    const erased = await data.updateSubscriptions(
      { id: sub.id, email: null, customer_id: null, source: null, status: "erased", token_version: sub.token_version + 1 },
      ctx
    )
    await appendConsentEvent(deps, erased, "erased", { source: "privacy" }, ctx)
    const known = await data.listSuppressions({ email_hash: sub.email_hash }, {}, ctx)
    if (!known.length) await data.createSuppressions({ email_hash: sub.email_hash, reason: "erased" }, ctx)
  }
  result.anonymized.newsletter_subscription = subs.length
  return result
}

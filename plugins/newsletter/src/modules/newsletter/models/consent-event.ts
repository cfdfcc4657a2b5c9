import { model } from "@medusajs/framework/utils"
import { LEGAL_BASES } from "./subscription"

export const CONSENT_ACTIONS = ["requested", "confirmed", "unsubscribed", "resubscribed", "admin_change", "erased"] as const

/**
 * Append-only consent ledger. Rows are never updated, except that erasure
 * strips ip and user agent; the salted e-mail hash and the consent-text id and
 * hash stay as evidence.
 */
const ConsentEvent = model
  .define("newsletter_consent_event", {
    id: model.id({ prefix: "nlevt" }).primaryKey(),
    subscription_id: model.text(),
    email_hash: model.text(),
    action: model.enum([...CONSENT_ACTIONS]),
    legal_basis: model.enum([...LEGAL_BASES]).default("consent"),
    occurred_at: model.dateTime(),
    source: model.text().nullable(),
    locale: model.text().nullable(),
    ip: model.text().nullable(),
    user_agent: model.text().nullable(),
    consent_text_id: model.text().nullable(),
    consent_text_hash: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["subscription_id"] }, { on: ["email_hash"] }, { on: ["ip", "action", "occurred_at"] }])

export default ConsentEvent

import { model } from "@medusajs/framework/utils"

export const SUBSCRIPTION_STATUSES = ["pending", "subscribed", "unsubscribed", "suppressed", "erased"] as const
export const LEGAL_BASES = ["consent", "soft_opt_in"] as const

/**
 * One address's newsletter subscription. `email` is normalised (trimmed, lower
 * case) and becomes null on erasure; `email_hash` (salted HMAC) stays as evidence.
 */
const Subscription = model
  .define("newsletter_subscription", {
    id: model.id({ prefix: "nlsub" }).primaryKey(),
    email: model.text().nullable(),
    email_hash: model.text(),
    status: model.enum([...SUBSCRIPTION_STATUSES]).default("pending"),
    legal_basis: model.enum([...LEGAL_BASES]).default("consent"),
    customer_id: model.text().nullable(),
    locale: model.text().default("nl"),
    source: model.text().nullable(),
    confirmed_at: model.dateTime().nullable(),
    unsubscribed_at: model.dateTime().nullable(),
    /** Bumped when the address changes or is erased: older unsubscribe links stop working. */
    token_version: model.number().default(1),
  })
  .indexes([{ on: ["email_hash"], unique: true, where: { status: { $ne: "erased" } } }, { on: ["customer_id"] }, { on: ["status"] }])

export default Subscription

import { model } from "@medusajs/framework/utils"

export const SUPPRESSION_REASONS = ["erased", "bounced", "complained", "admin"] as const

/** Addresses that may not be added again without a new double opt-in; only the salted hash is kept. */
const Suppression = model
  .define("newsletter_suppression", {
    id: model.id({ prefix: "nlsup" }).primaryKey(),
    email_hash: model.text(),
    reason: model.enum([...SUPPRESSION_REASONS]),
  })
  .indexes([{ on: ["email_hash"], unique: true }])

export default Suppression

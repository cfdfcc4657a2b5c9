import { model } from "@medusajs/framework/utils"

/** A single-use, expiring confirmation token; only its keyed hash is stored. */
const Token = model
  .define("newsletter_token", {
    id: model.id({ prefix: "nltok" }).primaryKey(),
    subscription_id: model.text(),
    purpose: model.enum(["confirm"]).default("confirm"),
    token_hash: model.text(),
    expires_at: model.dateTime(),
    used_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["token_hash"], unique: true }, { on: ["subscription_id"] }])

export default Token

import { model } from "@medusajs/framework/utils"

/** A versioned text shown to visitors (cookie banner, privacy statement). Never edited once published. */
export const PolicyText = model
  .define("privacy_policy_text", {
    id: model.id({ prefix: "ptxt" }).primaryKey(),
    kind: model.enum(["cookies", "privacy_statement"]),
    version: model.text(),
    locale: model.text().default("nl"),
    body: model.text(),
    hash: model.text(),
    published_at: model.dateTime(),
  })
  .indexes([{ on: ["kind", "version", "locale"], unique: true }])

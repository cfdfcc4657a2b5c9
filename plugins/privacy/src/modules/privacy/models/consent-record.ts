import { model } from "@medusajs/framework/utils"

/** One cookie/tracking choice as shown to the visitor. Append-only. */
export const ConsentRecord = model
  .define("privacy_consent_record", {
    id: model.id({ prefix: "cons" }).primaryKey(),
    visitor_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    // Salted hash of the subject kept as proof of past consent after erasure.
    subject_hash: model.text().nullable(),
    category: model.enum(["necessary", "analytics", "marketing"]),
    granted: model.boolean(),
    action: model.enum(["choice", "withdrawal"]).default("choice"),
    policy_text_id: model.text(),
    policy_text_version: model.text(),
    policy_text_hash: model.text(),
    recorded_at: model.dateTime(),
  })
  .indexes([{ on: ["visitor_id", "category"] }, { on: ["customer_id", "category"] }])

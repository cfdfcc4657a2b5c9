import { model } from "@medusajs/framework/utils"

/** What the privacy plugin did: rule, time, counts, actor. Never personal data. */
export const AuditLog = model
  .define("privacy_audit_log", {
    id: model.id({ prefix: "paud" }).primaryKey(),
    rule: model.text(),
    actor: model.text(),
    counts: model.json(),
    subject_ref: model.text().nullable(),
    run_id: model.text().nullable(),
    occurred_at: model.dateTime(),
  })
  .indexes([{ on: ["occurred_at"] }, { on: ["rule"] }])

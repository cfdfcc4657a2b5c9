import { model } from "@medusajs/framework/utils"

/**
 * Append-only trail of every change to a review: who (`customer:<id>`,
 * `user:<id>`, `system`), what, the status before and after, and for decisions
 * the reason code with its policy version. Nothing updates or deletes a row,
 * except erasure, which replaces a customer actor by `customer:anonymized`.
 */
const ReviewAudit = model
  .define("review_audit", {
    id: model.id({ prefix: "revaud" }).primaryKey(),
    review_id: model.text(),
    action: model.text(),
    actor: model.text(),
    from_status: model.text().nullable(),
    to_status: model.text().nullable(),
    reason_code: model.text().nullable(),
    policy_version: model.number().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["review_id", "created_at"] }, { on: ["actor"] }])

export default ReviewAudit

import { model } from "@medusajs/framework/utils"

/**
 * One customer's review of one product. The public name is never stored: it is
 * computed at read time from the current customer record and `identity`.
 * `customer_id` becomes null when the reviewer is erased (the review stays, anonymous).
 */
const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text(),
    customer_id: model.text().nullable(),
    rating: model.number(),
    title: model.text().nullable(),
    body: model.text().nullable(),
    experienced_at: model.dateTime().nullable(),
    locale: model.enum(["nl", "en"]).default("nl"),
    status: model.enum(["pending", "approved", "rejected", "unpublished"]).default("pending"),
    identity: model.enum(["full_name", "first_name_initial", "pseudonym", "anonymous"]).default("anonymous"),
    pseudonym: model.text().nullable(),
    verification: model.enum(["none", "ordered", "delivered"]).default("none"),
    purchased_at: model.dateTime().nullable(),
    /** Pre-check flags for a human moderator ("link", "word_list"); never decide anything themselves. */
    flags: model.json().default({ codes: [] } as Record<string, unknown>),
    helpful_count: model.number().default(0),
    rejection_count: model.number().default(0),
    decision_reason_code: model.text().nullable(),
    decision_policy_version: model.number().nullable(),
    decision_note: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    published_at: model.dateTime().nullable(),
    reply_body: model.text().nullable(),
    reply_by: model.text().nullable(),
    reply_updated_at: model.dateTime().nullable(),
    submitted_at: model.dateTime(),
    anonymized_at: model.dateTime().nullable(),
  })
  .indexes([
    {
      on: ["customer_id", "product_id"],
      unique: true,
      where: "customer_id IS NOT NULL AND deleted_at IS NULL",
    },
    { on: ["product_id", "status", "published_at"] },
    { on: ["product_id", "status", "rating"] },
    { on: ["product_id", "status", "helpful_count"] },
    { on: ["status", "submitted_at"] },
    { on: ["customer_id"] },
  ])

export default Review

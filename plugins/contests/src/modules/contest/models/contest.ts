import { model } from "@medusajs/framework/utils"

/**
 * One promotional game ("winactie"). Prizes, eligibility and the legal items the
 * Gedragscode Promotionele Kansspelen asks for live here; the rendered action
 * terms are versioned in contest_terms.
 */
const Contest = model
  .define("contest", {
    id: model.id({ prefix: "cnt" }).primaryKey(),
    title: model.text(),
    description: model.text().default(""),
    status: model.enum(["draft", "published", "drawn", "cancelled"]).default("draft"),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    /** When the main drawing takes place (stated in the terms). */
    draw_at: model.dateTime(),
    /** [{ name, value, quantity }]: value in euros (major unit) per item. */
    prizes: model.json(),
    winner_count: model.number(),
    organiser: model.text(),
    promoted_product: model.text(),
    product_ids: model.json(),
    /** Communication cost of entering in cents (the code allows at most 45). */
    entry_cost_cents: model.number().default(0),
    skill_question: model.text().nullable(),
    skill_correct_answer: model.text().nullable(),
    account_required: model.boolean().default(true),
    minimum_age: model.number().nullable(),
    minors_with_parental_consent: model.boolean().default(false),
    announcement: model.text(),
    gambling_tax: model.enum(["paid_by_organiser", "not_applicable"]).default("paid_by_organiser"),
    complaints_contact: model.text(),
    terms_url: model.text(),
    claim_days: model.number().default(14),
    terms_version: model.number().default(0),
    published_at: model.dateTime().nullable(),
    last_drawn_at: model.dateTime().nullable(),
    entries_deleted_at: model.dateTime().nullable(),
    /** The response report as it stood when the non-winning entries were deleted (aggregate counts only). */
    response_summary: model.json().nullable(),
  })
  .indexes([{ on: ["status", "ends_at"] }])

export default Contest

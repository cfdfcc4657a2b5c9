import { model } from "@medusajs/framework/utils"

/**
 * One entry per customer per contest (unique index). Records the terms version
 * consented to, the skill answer, what the entrant agrees to have shown if they
 * win, and whether they asked for the newsletter (a request, never a consent).
 */
const ContestEntry = model
  .define("contest_entry", {
    id: model.id({ prefix: "cent" }).primaryKey(),
    contest_id: model.text(),
    customer_id: model.text(),
    terms_id: model.text(),
    terms_version: model.number(),
    terms_hash: model.text(),
    consented_at: model.dateTime(),
    skill_answer: model.text().nullable(),
    age_confirmation: model.enum(["adult", "minor_with_parental_consent"]).nullable(),
    publicity: model.enum(["none", "first_name", "first_name_town"]).default("none"),
    public_first_name: model.text().nullable(),
    public_town: model.text().nullable(),
    newsletter_opt_in_requested: model.boolean().default(false),
    anonymized_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["contest_id", "customer_id"], unique: true }, { on: ["customer_id"] }, { on: ["contest_id", "created_at"] }])

export default ContestEntry

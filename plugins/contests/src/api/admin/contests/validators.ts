import { z } from "@medusajs/framework/zod"
import { ListQuery, isoDate, text } from "../../validators"

const Prize = z
  .object({
    name: text("prizes.name", 200, 1),
    value: z
      .number({ error: "prizes.value must be a number" })
      .nonnegative({ error: "prizes.value may not be negative" })
      .max(10_000_000, { error: "prizes.value is too large" }),
    quantity: z
      .number({ error: "prizes.quantity must be a number" })
      .int({ error: "prizes.quantity must be an integer" })
      .min(1, { error: "prizes.quantity must be at least 1" })
      .max(1000, { error: "prizes.quantity may be at most 1000" }),
  })
  .strict()

/** Every field of a contest; the editor sends the whole contest on create and on update. */
export const AdminContestBody = z
  .object({
    title: text("title", 200, 1),
    description: text("description", 5000).default(""),
    starts_at: isoDate("starts_at"),
    ends_at: isoDate("ends_at"),
    draw_at: isoDate("draw_at").optional(),
    prizes: z
      .array(Prize, { error: "prizes must be a list" })
      .min(1, { error: "prizes needs at least one prize" })
      .max(50, { error: "prizes may list at most 50 prizes" }),
    winner_count: z
      .number({ error: "winner_count must be a number" })
      .int({ error: "winner_count must be an integer" })
      .min(1, { error: "winner_count must be at least 1" })
      .max(1000, { error: "winner_count may be at most 1000" }),
    organiser: text("organiser", 300, 2),
    promoted_product: text("promoted_product", 300, 2),
    product_ids: z
      .array(
        z
          .string()
          .max(80)
          .regex(/^prod_[A-Za-z0-9]+$/, { error: "product_ids must be product ids (prod_…)" }),
        { error: "product_ids must be a list" }
      )
      .max(50, { error: "product_ids may list at most 50 products" })
      .default([]),
    entry_cost: z
      .number({ error: "entry_cost must be a number" })
      .nonnegative({ error: "entry_cost may not be negative" })
      .max(1000, { error: "entry_cost is too large" })
      .default(0),
    skill_question: text("skill_question", 500, 3).nullable().default(null),
    skill_correct_answer: text("skill_correct_answer", 500, 1).nullable().default(null),
    account_required: z.literal(true, { error: "account_required must be true: entries need a customer account (guest entry is not built)" }).default(true),
    minimum_age: z
      .number({ error: "minimum_age must be a number" })
      .int({ error: "minimum_age must be an integer" })
      .min(0, { error: "minimum_age may not be negative" })
      .max(120, { error: "minimum_age is too large" })
      .nullable()
      .default(18),
    minors_with_parental_consent: z.boolean({ error: "minors_with_parental_consent must be a boolean" }).default(false),
    announcement: text("announcement", 1000, 3),
    gambling_tax: z
      .enum(["paid_by_organiser", "not_applicable"], { error: "gambling_tax must be paid_by_organiser or not_applicable" })
      .default("paid_by_organiser"),
    complaints_contact: text("complaints_contact", 500, 3),
    terms_url: z.string({ error: "terms_url must be a string" }).max(500, { error: "terms_url is too long" }).url({ error: "terms_url must be a URL" }),
    claim_days: z
      .number({ error: "claim_days must be a number" })
      .int({ error: "claim_days must be an integer" })
      .min(1, { error: "claim_days must be at least 1" })
      .max(365, { error: "claim_days may be at most 365" })
      .default(14),
  })
  .strict()
  .refine((b) => b.ends_at > b.starts_at, { error: "ends_at must be after starts_at", path: ["ends_at"] })
  .refine((b) => !b.skill_correct_answer || b.skill_question, { error: "skill_correct_answer needs a skill_question", path: ["skill_correct_answer"] })
export type AdminContestBodyType = z.infer<typeof AdminContestBody>

export const AdminListContests = ListQuery.extend({
  status: z.enum(["draft", "published", "drawn", "cancelled"], { error: "status must be draft, published, drawn or cancelled" }).optional(),
}).strict()

export const AdminEmptyBody = z.object({}).strict()

export const AdminReportQuery = z
  .object({
    order_window_days: z.coerce
      .number({ error: "order_window_days must be a number" })
      .int({ error: "order_window_days must be an integer" })
      .min(1, { error: "order_window_days must be at least 1" })
      .max(365, { error: "order_window_days may be at most 365" })
      .default(30),
  })
  .strict()

import { z } from "@medusajs/framework/zod"
import { idParam } from "../../store/reviews/validators"

const STATUSES = ["pending", "approved", "rejected", "unpublished"] as const
const bool = (field: string) => z.enum(["true", "false"], { error: `${field} must be true or false` }).transform((v) => v === "true")

export const AdminListReviews = z
  .object({
    status: z
      .union([z.enum(STATUSES), z.array(z.enum(STATUSES)).max(4)], {
        error: "status must be pending, approved, rejected or unpublished",
      })
      .optional(),
    rating: z.coerce
      .number({ error: "rating must be a number" })
      .int({ error: "rating must be an integer" })
      .min(1, { error: "rating must be 1 to 5" })
      .max(5, { error: "rating must be 1 to 5" })
      .optional(),
    flagged: bool("flagged").optional(),
    product_id: idParam("product_id").optional(),
    customer_id: idParam("customer_id").optional(),
    order: z.enum(["oldest", "newest"], { error: "order must be oldest or newest" }).default("oldest"),
    limit: z.coerce
      .number({ error: "limit must be a number" })
      .int({ error: "limit must be an integer" })
      .min(1, { error: "limit must be at least 1" })
      .max(200, { error: "limit must be at most 200" })
      .default(50),
    offset: z.coerce
      .number({ error: "offset must be a number" })
      .int({ error: "offset must be an integer" })
      .min(0, { error: "offset must be at least 0" })
      .max(1_000_000, { error: "offset is too large" })
      .default(0),
  })
  .strict()

const note = z
  .string({ error: "note must be a string" })
  .max(2000, { error: "note must be at most 2000 characters" })
  .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), {
    error: "note contains control characters",
  })
const reasonCode = z.string({ error: "reason_code must be a string" }).regex(/^[a-z0-9_]{1,50}$/, {
  error: "reason_code must be a code of the moderation policy",
})

const decision = {
  action: z.enum(["approve", "reject", "unpublish"], {
    error: "action must be approve, reject or unpublish",
  }),
  reason_code: reasonCode.optional(),
  note: note.optional(),
}
const needsReason = (b: { action: string; reason_code?: string }) => b.action === "approve" || !!b.reason_code

export const AdminModerateReview = z
  .object(decision)
  .strict()
  .refine(needsReason, {
    error: "reason_code is required to reject or unpublish",
    path: ["reason_code"],
  })

export const AdminBulkModerate = z
  .object({
    ids: z
      .array(idParam("ids[]"), { error: "ids must be an array of review ids" })
      .min(1, { error: "ids must not be empty" })
      .max(100, { error: "ids may hold at most 100 reviews" }),
    ...decision,
  })
  .strict()
  .refine(needsReason, {
    error: "reason_code is required to reject or unpublish",
    path: ["reason_code"],
  })

export const AdminSetReply = z
  .object({
    body: z
      .string({ error: "body must be a string" })
      .trim()
      .min(1, { error: "body must not be empty" })
      .max(5000, { error: "body must be at most 5000 characters" })
      .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), { error: "body contains control characters" }),
  })
  .strict()

export const AdminEmpty = z.object({}).strict()

const localized = (field: string, max: number) =>
  z
    .object(
      {
        nl: z
          .string({ error: `${field}.nl must be a string` })
          .trim()
          .min(1, { error: `${field}.nl is required` })
          .max(max, { error: `${field}.nl is too long` }),
        en: z
          .string({ error: `${field}.en must be a string` })
          .trim()
          .min(1, { error: `${field}.en is required` })
          .max(max, { error: `${field}.en is too long` }),
      },
      { error: `${field} must be an object with nl and en` }
    )
    .strict()

export const AdminPublishPolicy = z
  .object({
    reasons: z
      .array(
        z
          .object(
            {
              code: reasonCode,
              label: localized("label", 200),
              description: localized("description", 2000).optional(),
            },
            { error: "each reason must be an object" }
          )
          .strict(),
        {
          error: "reasons must be an array",
        }
      )
      .min(1, { error: "reasons must not be empty" })
      .max(50, { error: "reasons may hold at most 50 entries" })
      .refine((rs) => new Set(rs.map((r) => r.code)).size === rs.length, {
        error: "reasons must have distinct codes",
      }),
  })
  .strict()

export const AdminPublishCheckText = z
  .object({
    body_nl: z
      .string({ error: "body_nl must be a string" })
      .trim()
      .min(20, { error: "body_nl must be at least 20 characters" })
      .max(10_000, { error: "body_nl is too long" }),
    body_en: z
      .string({ error: "body_en must be a string" })
      .trim()
      .min(20, { error: "body_en must be at least 20 characters" })
      .max(10_000, { error: "body_en is too long" }),
  })
  .strict()

export const AdminListVersions = z.object({}).strict()

export type AdminListReviewsType = z.infer<typeof AdminListReviews>
export type AdminModerateReviewType = z.infer<typeof AdminModerateReview>
export type AdminBulkModerateType = z.infer<typeof AdminBulkModerate>

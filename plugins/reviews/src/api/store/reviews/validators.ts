import { z } from "@medusajs/framework/zod"
import { pseudonymProblem } from "../../../modules/review/rules"

/** An id a client sends: printable, bounded, never a NUL byte or an object. */
export const idParam = (field: string) =>
  z
    .string({ error: `${field} must be a string` })
    .min(1, { error: `${field} is required` })
    .max(100, { error: `${field} is too long` })
    .regex(/^[A-Za-z0-9_-]+$/, { error: `${field} is not a valid id` })

const bool = (field: string) => z.enum(["true", "false"], { error: `${field} must be true or false` }).transform((v) => v === "true")

const pageLimit = z.coerce
  .number({ error: "limit must be a number" })
  .int({ error: "limit must be an integer" })
  .min(1, { error: "limit must be at least 1" })
  .max(100, { error: "limit must be at most 100" })
const pageOffset = z.coerce
  .number({ error: "offset must be a number" })
  .int({ error: "offset must be an integer" })
  .min(0, { error: "offset must be at least 0" })
  .max(1_000_000, { error: "offset is too large" })

export const StoreListReviews = z
  .object({
    product_id: idParam("product_id"),
    limit: pageLimit.default(10),
    offset: pageOffset.default(0),
    sort: z
      .enum(["newest", "highest", "lowest", "most_helpful"], {
        error: "sort must be newest, highest, lowest or most_helpful",
      })
      .default("newest"),
    rating: z.coerce
      .number({ error: "rating must be a number" })
      .int({ error: "rating must be an integer" })
      .min(1, { error: "rating must be 1 to 5" })
      .max(5, { error: "rating must be 1 to 5" })
      .optional(),
    verified: bool("verified").optional(),
    with_photos: bool("with_photos").optional(),
    locale: z.enum(["nl", "en"], { error: "locale must be nl or en" }).optional(),
  })
  .strict()

export const StoreGetSummary = z.object({ product_id: idParam("product_id") }).strict()
/** `?locale=` is validated here; the route reads it as Medusa's `req.locale`, else the `locale` option (localeOf). */
export const StoreLocaleQuery = z
  .object({
    locale: z.enum(["nl", "en"], { error: "locale must be nl or en" }).optional(),
  })
  .strict()
export const StoreListOwnReviews = z.object({ limit: pageLimit.default(20), offset: pageOffset.default(0) }).strict()

/** Text without control characters (NUL and friends), trimmed, within a length. */
const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be a string` })
    .max(max, { error: `${field} must be at most ${max} characters` })
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), {
      error: `${field} contains control characters`,
    })
    .transform((s) => s.trim())

const rating = z
  .number({ error: "rating must be a number from 1 to 5" })
  .int({ error: "rating must be a whole number from 1 to 5" })
  .min(1, { error: "rating must be 1 to 5" })
  .max(5, { error: "rating must be 1 to 5" })

const experiencedAt = z
  .string({ error: "experienced_at must be a date (YYYY-MM-DD)" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: "experienced_at must be a date (YYYY-MM-DD)",
  })
  .refine((s) => !Number.isNaN(Date.parse(s)) && Date.parse(s) <= Date.now() + 86400_000 && Date.parse(s) >= Date.parse("2000-01-01"), {
    error: "experienced_at must be a real date, not in the future",
  })

export const IDENTITIES = ["full_name", "first_name_initial", "pseudonym", "anonymous"] as const

const identityFields = {
  identity: z
    .enum(IDENTITIES, {
      error: "identity must be full_name, first_name_initial, pseudonym or anonymous",
    })
    .optional(),
  pseudonym: text("pseudonym", 30).optional(),
}

function checkPseudonym(b: { identity?: string; pseudonym?: string }, ctx: z.RefinementCtx) {
  if (b.identity === "pseudonym") {
    if (!b.pseudonym)
      ctx.addIssue({
        code: "custom",
        message: "pseudonym is required when identity is pseudonym",
        path: ["pseudonym"],
      })
    else {
      const problem = pseudonymProblem(b.pseudonym)
      if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["pseudonym"] })
    }
  } else if (b.pseudonym !== undefined) {
    ctx.addIssue({
      code: "custom",
      message: "pseudonym is only allowed with identity pseudonym",
      path: ["pseudonym"],
    })
  }
}

export function contentSchemas(limits: { titleMaxLength: number; bodyMaxLength: number }) {
  const content = {
    rating,
    title: text("title", limits.titleMaxLength).nullable().optional(),
    body: text("body", limits.bodyMaxLength).nullable().optional(),
    experienced_at: experiencedAt.nullable().optional(),
    locale: z.enum(["nl", "en"], { error: "locale must be nl or en" }).optional(),
  }
  const submit = z
    .object({
      product_id: idParam("product_id"),
      ...content,
      ...identityFields,
    })
    .strict()
    .superRefine(checkPseudonym)
  const edit = z
    .object({ ...content, rating: rating.optional() })
    .strict()
    .refine((b) => Object.keys(b).length > 0, {
      error: "body must change at least one of rating, title, body, experienced_at, locale",
    })
  return { submit, edit }
}

// The shop's limits are read at boot by the middlewares; these defaults match the plugin's defaults.
export const { submit: StoreSubmitReview, edit: StoreEditReview } = contentSchemas({ titleMaxLength: 120, bodyMaxLength: 5000 })

export const StoreSetIdentity = z
  .object({
    identity: z.enum(IDENTITIES, {
      error: "identity must be full_name, first_name_initial, pseudonym or anonymous",
    }),
    pseudonym: identityFields.pseudonym,
  })
  .strict()
  .superRefine(checkPseudonym)

export const StoreToggleVote = z.object({}).strict()

export const StoreAddPhoto = z
  .object({
    content_base64: z
      .string({ error: "content_base64 must be a base64 string" })
      .min(1, { error: "content_base64 is required" })
      .max(14_000_000, { error: "content_base64 is too large" })
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, {
        error: "content_base64 must be base64",
      }),
  })
  .strict()

export type StoreListReviewsType = z.infer<typeof StoreListReviews>
export type StoreSubmitReviewType = z.infer<typeof StoreSubmitReview>
export type StoreEditReviewType = z.infer<typeof StoreEditReview>
export type StoreSetIdentityType = z.infer<typeof StoreSetIdentity>
export type StoreAddPhotoType = z.infer<typeof StoreAddPhoto>

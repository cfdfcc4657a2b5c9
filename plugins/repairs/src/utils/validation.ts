import { z } from "@medusajs/framework/zod"
import { BACKUP_CATEGORIES, CONSENT_SCOPES, REPAIR_STATUSES } from "../modules/repair/constants"

/** A string without NUL bytes, trimmed, within a length. */
export const text = (field: string, max: number, min = 1) =>
  z
    .string({ error: `${field} must be a string` })
    .trim()
    .min(min, { error: `${field} must be at least ${min} characters` })
    .max(max, { error: `${field} must be at most ${max} characters` })
    .refine((v) => !v.includes("\u0000"), { error: `${field} must not contain NUL bytes` })

export const Condition = z
  .object({
    checklist: z
      .record(text("checklist item", 60), z.boolean({ error: "checklist values must be true or false" }))
      .refine((v) => Object.keys(v).length <= 40, { error: "checklist may have at most 40 items" }),
    notes: text("notes", 2000, 0).default(""),
  })
  .strict()

export const Scopes = z
  .array(z.enum([...CONSENT_SCOPES], { error: `scopes must be among ${CONSENT_SCOPES.join(", ")}` }))
  .min(1, { error: "scopes must name at least one scope" })
  .max(CONSENT_SCOPES.length)

export const TextVersion = text("text_version", 80)

export const DateOnly = z
  .string({ error: "keep_until must be a date (YYYY-MM-DD)" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "keep_until must be a date (YYYY-MM-DD)" })
  .refine((v) => !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()), { error: "keep_until must be a real date" })

/** A customer's request; `kind` picks the fields. */
export const RequestBody = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("keep_longer"), keep_until: DateOnly }).strict(),
    z
      .object({
        kind: z.literal("delete_sooner"),
        own_risk_acknowledged: z.literal(true, { error: "own_risk_acknowledged must be true" }),
        text_version: TextVersion,
      })
      .strict(),
    z.object({ kind: z.literal("data_wish"), text: text("text", 2000) }).strict(),
  ],
  { error: "kind must be keep_longer, delete_sooner or data_wish" }
)

export const ConsentBody = z.object({ scopes: Scopes, text_version: TextVersion }).strict()
export const WithdrawBody = z.object({ scopes: Scopes.optional() }).strict()
export const AckBody = z.object({ text_version: TextVersion }).strict()
export const EstimateDecision = z.object({ decision: z.enum(["approved", "declined"], { error: "decision must be approved or declined" }) }).strict()

export const Statuses = z.enum([...REPAIR_STATUSES], { error: `status must be among ${REPAIR_STATUSES.join(", ")}` })
export const Category = z.enum([...BACKUP_CATEGORIES], { error: `category must be among ${BACKUP_CATEGORIES.join(", ")}` })

export const Locale = z.enum(["nl", "en"], { error: "locale must be nl or en" })

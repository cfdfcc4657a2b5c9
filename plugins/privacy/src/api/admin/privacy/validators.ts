import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** Parses a query string with a zod schema; a bad value is a 400 naming the parameter. */
export function parseQuery<T extends z.ZodTypeAny>(schema: T, query: unknown): z.output<T> {
  const parsed = schema.safeParse(query ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${issue.path.join(".") || "query"}: ${issue.message}`)
  }
  return parsed.data
}

/**
 * Paging of an admin list, as Medusa's own lists (used with validateAndTransformQuery and the resource's
 * query-config.ts): `limit` 1–max and `offset` ≥ 0 integers, `order` one of the listed fields (`-` = descending).
 * A bad value is a 400 naming the field.
 */
export function listParams<O extends string>(opts: { defaultLimit: number; maxLimit?: number; order?: readonly O[] }) {
  const fields = opts.order ?? []
  return {
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(opts.maxLimit ?? 500)
      .default(opts.defaultLimit),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    ...(fields.length ? { order: z.enum([...fields, ...fields.map((f) => `-${f}`)] as [string, ...string[]]).optional() } : {}),
  }
}

export const AdminListAuditLogs = z.object(listParams({ defaultLimit: 50, order: ["occurred_at", "rule"] })).strict()
export const AdminListFailedSubjects = z.object(listParams({ defaultLimit: 50 })).strict()
export const AdminListRequests = z
  .object({
    ...listParams({ defaultLimit: 200, order: ["due_at", "received_at", "status"] }),
    status: z.enum(["received", "cooling_off", "in_progress", "completed", "cancelled", "rejected"]).optional(),
    type: z.enum(["access", "erasure", "rectification", "objection"]).optional(),
  })
  .strict()
export const AdminListProcessors = z.object(listParams({ defaultLimit: 200, order: ["name", "created_at"] })).strict()
export const AdminListPolicyTexts = z
  .object({ ...listParams({ defaultLimit: 100, order: ["published_at", "version"] }), kind: z.enum(["cookies", "privacy_statement"]).optional() })
  .strict()
export const AdminListRetentionRuns = z.object(listParams({ defaultLimit: 20, maxLimit: 200, order: ["started_at"] })).strict()
export const AdminListLegalHolds = z
  .object({
    ...listParams({ defaultLimit: 100, order: ["created_at"] }),
    status: z.enum(["active", "released"]).optional(),
    customer_id: z.string().min(1).optional(),
  })
  .strict()
export const AdminRetentionPreview = z
  .object({
    days: z.coerce.number().int().min(0).max(365).default(30),
    offset: z.coerce.number().int().min(0).max(1000).default(0),
    limit: z.coerce.number().int().min(1).max(200).default(20),
  })
  .strict()

export const AdminCreateRequest = z
  .object({
    type: z.enum(["access", "erasure", "rectification", "objection"]),
    channel: z.enum(["email", "phone", "letter", "admin"]),
    customer_id: z
      .string()
      .trim()
      .regex(/^cus_[A-Za-z0-9]+$/, "customer_id must be a customer id (cus_…)")
      .optional(),
    subject_email: z.string().email().optional(),
    note: z.string().max(2000).optional(),
  })
  .strict()
  .refine((b) => b.customer_id || b.subject_email, { message: "customer_id or subject_email is required", path: ["customer_id"] })

export type AdminCreateRequestType = z.infer<typeof AdminCreateRequest>

export const AdminUpdateRequest = z
  .object({ status: z.enum(["received", "in_progress", "completed", "rejected", "cancelled"]).optional(), note: z.string().max(2000).optional() })
  .strict()
export type AdminUpdateRequestType = z.infer<typeof AdminUpdateRequest>

export const AdminUpsertProcessor = z
  .object({
    name: z.string().min(1).max(200),
    purpose: z.string().min(1).max(2000),
    data_categories: z.array(z.string().min(1)).min(1),
    location: z.string().min(1).max(200),
    active: z.boolean().optional(),
  })
  .strict()
export type AdminUpsertProcessorType = z.infer<typeof AdminUpsertProcessor>

export const AdminCreatePolicyText = z
  .object({
    kind: z.enum(["cookies", "privacy_statement"]),
    version: z.string().min(1).max(50),
    locale: z.string().min(2).max(10).optional(),
    body: z.string().min(1),
  })
  .strict()
export type AdminCreatePolicyTextType = z.infer<typeof AdminCreatePolicyText>

export const AdminCreateLegalHold = z
  .object({
    customer_id: z
      .string()
      .trim()
      .regex(/^cus_[A-Za-z0-9]+$/, "customer_id must be a customer id (cus_…)"),
    reason: z.string().trim().min(3, "reason must be at least 3 characters").max(500),
    reference: z.string().trim().max(200).optional(),
  })
  .strict()
export type AdminCreateLegalHoldType = z.infer<typeof AdminCreateLegalHold>

export const AdminRunRetention = z.object({ dry_run: z.boolean().default(true) }).strict()

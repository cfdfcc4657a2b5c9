import { z } from "@medusajs/framework/zod"

export const AdminCreateRequest = z
  .object({
    type: z.enum(["access", "erasure", "rectification", "objection"]),
    channel: z.enum(["email", "phone", "letter", "admin"]),
    customer_id: z.string().min(1).optional(),
    subject_email: z.string().email().optional(),
    note: z.string().max(2000).optional(),
  })
  .strict()
  .refine((b) => b.customer_id || b.subject_email, { message: "customer_id or subject_email is required", path: ["customer_id"] })

export const AdminUpdateRequest = z
  .object({ status: z.enum(["received", "in_progress", "completed", "rejected", "cancelled"]).optional(), note: z.string().max(2000).optional() })
  .strict()

export const AdminUpsertProcessor = z
  .object({
    name: z.string().min(1).max(200),
    purpose: z.string().min(1).max(2000),
    data_categories: z.array(z.string().min(1)).min(1),
    location: z.string().min(1).max(200),
    active: z.boolean().optional(),
  })
  .strict()

export const AdminCreatePolicyText = z
  .object({
    kind: z.enum(["cookies", "privacy_statement"]),
    version: z.string().min(1).max(50),
    locale: z.string().min(2).max(10).default("nl"),
    body: z.string().min(1),
  })
  .strict()

export const AdminCreateLegalHold = z
  .object({ customer_id: z.string().min(1), reason: z.string().min(3).max(500), reference: z.string().max(200).optional() })
  .strict()

export const AdminRunRetention = z.object({ dry_run: z.boolean().default(true) }).strict()

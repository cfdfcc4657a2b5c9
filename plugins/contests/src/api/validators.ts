import { z } from "@medusajs/framework/zod"

/** A text field: no NUL bytes (PostgreSQL refuses them), bounded length. */
export const text = (field: string, max: number, min = 0) =>
  z
    .string({ error: `${field} must be a string` })
    .trim()
    .min(min, { error: `${field} must have at least ${min} characters` })
    .max(max, { error: `${field} may have at most ${max} characters` })
    .refine((v) => !v.includes("\u0000"), { error: `${field} may not contain NUL bytes` })

export const isoDate = (field: string) =>
  z
    .string({ error: `${field} must be an ISO-8601 date` })
    .max(40, { error: `${field} must be an ISO-8601 date` })
    .refine((v) => /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)), { error: `${field} must be an ISO-8601 date` })
    .transform((v) => new Date(v))

export const id = (field: string, prefix: string) =>
  z
    .string({ error: `${field} must be a string` })
    .max(80, { error: `${field} is too long` })
    .regex(new RegExp(`^${prefix}_[A-Za-z0-9]+$`), { error: `${field} must be an id starting with ${prefix}_` })

export const Publicity = z.enum(["none", "first_name", "first_name_town"], { error: "publicity must be none, first_name or first_name_town" })

export const ListQuery = z
  .object({
    limit: z.coerce
      .number({ error: "limit must be a number" })
      .int({ error: "limit must be an integer" })
      .min(1, { error: "limit must be at least 1" })
      .max(100, { error: "limit may be at most 100" })
      .default(20),
    offset: z.coerce
      .number({ error: "offset must be a number" })
      .int({ error: "offset must be an integer" })
      .min(0, { error: "offset must be at least 0" })
      .max(1_000_000, { error: "offset is too large" })
      .default(0),
  })
  .strict()

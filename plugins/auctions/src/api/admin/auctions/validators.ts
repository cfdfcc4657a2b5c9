import { z } from "@medusajs/framework/zod"

// Decimals per currency (0 for JPY, 2 for EUR, 3 for KWD) are checked by the route with the lot's currency.
const money = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .positive({ error: `${field} must be greater than 0` })
    .max(10_000_000, { error: `${field} is too large` })

// Far inside PostgreSQL's timestamptz range (4713 BC – 294276 AD) and JavaScript's.
const MIN_DATE = new Date("2000-01-01T00:00:00.000Z")
const MAX_DATE = new Date("9999-12-31T23:59:59.999Z")
const date = (field: string) =>
  z.coerce
    .date({ error: `${field} must be an ISO date` })
    .refine((d) => d >= MIN_DATE && d <= MAX_DATE, { error: `${field} must be between 2000-01-01 and 9999-12-31` })

const valid = (d: unknown) => d instanceof Date && !Number.isNaN(d.getTime())

export const AdminCreateAuction = z
  .object({
    variant_id: z.string().min(1).max(100),
    title: z.string().max(200).optional(),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, { error: "currency_code must be a 3-letter ISO 4217 code" })
      .transform((c) => c.toLowerCase())
      .default("eur"),
    sales_channel_id: z.string().min(1).max(100).optional(),
    starts_at: date("starts_at"),
    ends_at: date("ends_at"),
    starting_price: money("starting_price"),
    reserve_price: money("reserve_price").optional(),
    buy_now_price: money("buy_now_price").optional(),
    increments: z
      .array(
        z
          .object({
            from: z.number({ error: "increments.from must be a number" }).min(0).max(10_000_000),
            increment: money("increments.increment"),
          })
          .strict(),
        { error: "increments must be a list of { from, increment }" }
      )
      .min(1, { error: "increments must have at least one step (from = 0)" })
      .max(50, { error: "increments may have at most 50 steps" })
      .default([{ from: 0, increment: 1 }]),
    anti_sniping: z
      .object({
        window_seconds: z.number().int().min(0).max(86400),
        extension_seconds: z.number().int().min(0).max(86400),
        cap_seconds: z
          .number()
          .int()
          .min(0)
          .max(7 * 86400),
      })
      .strict()
      .optional(),
  })
  .strict()
  // Object-level rules run even when a field failed above: each reads defensively.
  .refine((b) => !valid(b.starts_at) || !valid(b.ends_at) || b.ends_at > b.starts_at, {
    error: "ends_at must be after starts_at",
    path: ["ends_at"],
  })
  .refine((b) => typeof b.reserve_price !== "number" || typeof b.starting_price !== "number" || b.reserve_price >= b.starting_price, {
    error: "reserve_price must be at least starting_price",
    path: ["reserve_price"],
  })
  .refine((b) => typeof b.buy_now_price !== "number" || typeof b.starting_price !== "number" || b.buy_now_price > b.starting_price, {
    error: "buy_now_price must be above starting_price",
    path: ["buy_now_price"],
  })
  .refine((b) => !Array.isArray(b.increments) || !b.increments.length || b.increments.some((s) => s?.from === 0), {
    error: "increments must start at from = 0",
    path: ["increments"],
  })
  .refine((b) => !Array.isArray(b.increments) || new Set(b.increments.map((s) => s?.from)).size === b.increments.length, {
    error: "increments must not repeat a from value",
    path: ["increments"],
  })

const paging = {
  limit: z.coerce.number({ error: "limit must be a number" }).int({ error: "limit must be an integer" }).min(1).max(100).optional(),
  offset: z.coerce.number({ error: "offset must be a number" }).int({ error: "offset must be an integer" }).min(0).optional(),
}

const ids = z.union([z.string().min(1).max(100), z.array(z.string().min(1).max(100)).max(100)]).transform((v) => (Array.isArray(v) ? v : [v]))

export const AdminListAuctions = z
  .object({
    status: z.enum(["scheduled", "active", "ended", "cancelled"]).optional(),
    /** Lots of these variants (the product page widget). */
    variant_id: ids.optional(),
    ...paging,
  })
  .strict()

export const AdminListBans = z.object(paging).strict()

export const AdminCancelAuction = z
  .object({
    reason: z
      .string({ error: "reason is required: say why the auction is cancelled" })
      .trim()
      .min(3, { error: "reason must be at least 3 characters" })
      .max(500, { error: "reason may be at most 500 characters" }),
  })
  .strict()
export type AdminCancelAuctionType = z.infer<typeof AdminCancelAuction>

export const AdminCreateBan = z.object({ customer_id: z.string().min(1), reason: z.string().max(500).optional() }).strict()

export type AdminCreateAuctionType = z.infer<typeof AdminCreateAuction>
export type AdminCreateBanType = z.infer<typeof AdminCreateBan>

import { z } from "@medusajs/framework/zod"

const money = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .positive({ error: `${field} must be greater than 0` })
    .max(10_000_000, { error: `${field} is too large` })
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: `${field} may have at most 2 decimals` })

export const AdminCreateAuction = z
  .object({
    variant_id: z.string().min(1),
    title: z.string().max(200).optional(),
    currency_code: z.string().length(3).default("eur"),
    starts_at: z.coerce.date({ error: "starts_at must be an ISO date" }),
    ends_at: z.coerce.date({ error: "ends_at must be an ISO date" }),
    starting_price: money("starting_price"),
    reserve_price: money("reserve_price").optional(),
    buy_now_price: money("buy_now_price").optional(),
    increments: z
      .array(z.object({ from: z.number().min(0), increment: money("increments.increment") }).strict())
      .min(1)
      .default([{ from: 0, increment: 1 }]),
    anti_sniping: z
      .object({
        window_seconds: z.number().int().min(0).max(86400),
        extension_seconds: z.number().int().min(0).max(86400),
        cap_seconds: z.number().int().min(0).max(7 * 86400),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((b) => b.ends_at > b.starts_at, { error: "ends_at must be after starts_at", path: ["ends_at"] })
  .refine((b) => b.reserve_price === undefined || b.reserve_price >= b.starting_price, {
    error: "reserve_price must be at least starting_price",
    path: ["reserve_price"],
  })
  .refine((b) => b.buy_now_price === undefined || b.buy_now_price > b.starting_price, {
    error: "buy_now_price must be above starting_price",
    path: ["buy_now_price"],
  })
  .refine((b) => b.increments[0].from === 0, { error: "increments must start at from = 0", path: ["increments"] })

export const AdminListAuctions = z
  .object({
    status: z.enum(["scheduled", "active", "ended", "cancelled"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const AdminCancelAuction = z.object({}).strict()

export const AdminCreateBan = z
  .object({ customer_id: z.string().min(1), reason: z.string().max(500).optional() })
  .strict()

export type AdminCreateAuctionType = z.infer<typeof AdminCreateAuction>
export type AdminCreateBanType = z.infer<typeof AdminCreateBan>

import { z } from "@medusajs/framework/zod"

// The currency's own decimals (0 for JPY, 3 for KWD) are checked by the route, which knows the lot.
const money = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .positive({ error: `${field} must be greater than 0` })
    .max(10_000_000, { error: `${field} is too large` })

export const StorePlaceBid = z
  .object({
    amount: money("amount"),
    max_amount: money("max_amount").optional(),
  })
  .strict()
  .refine((b) => b.max_amount === undefined || b.max_amount >= b.amount, {
    error: "max_amount must be at least amount",
    path: ["max_amount"],
  })

export const StoreBuyNow = z.object({}).strict()

export const StoreListAuctions = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type StorePlaceBidType = z.infer<typeof StorePlaceBid>

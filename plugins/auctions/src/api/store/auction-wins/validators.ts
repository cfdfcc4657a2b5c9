import { z } from "@medusajs/framework/zod"

export const StoreListAuctionWins = z
  .object({
    limit: z.coerce.number({ error: "limit must be a number" }).int({ error: "limit must be an integer" }).min(1).max(100).optional(),
    offset: z.coerce.number({ error: "offset must be a number" }).int({ error: "offset must be an integer" }).min(0).optional(),
  })
  .strict()

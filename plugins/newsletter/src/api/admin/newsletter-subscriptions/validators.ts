import { z } from "@medusajs/framework/zod"

export const AdminListSubscriptions = z
  .object({
    status: z.enum(["pending", "subscribed", "unsubscribed", "suppressed", "erased"]).optional(),
    q: z.string().max(254).optional(),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict()

export const AdminUpdateSubscription = z
  .object({
    status: z.enum(["unsubscribed", "suppressed"]),
    note: z.string().max(500).optional(),
  })
  .strict()
export type AdminUpdateSubscriptionType = z.infer<typeof AdminUpdateSubscription>

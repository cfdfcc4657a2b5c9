import { z } from "@medusajs/framework/zod"
import { listSubscriptionsQueryConfig } from "./query-config"

/** Paging as Medusa's own lists: non-negative bounded integers, a 400 naming the field otherwise. */
export const paging = (defaultLimit: number, maxLimit: number) => ({
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
})

/**
 * `?fields=a,b` naming only fields of the list's query config `allowed` (a `+`/`-` prefix as in Medusa's lists);
 * Medusa would drop an unknown field silently, here the caller gets a 400 naming it.
 */
export const fieldsParam = (allowed: string[]) =>
  z
    .string()
    .max(1000)
    .superRefine((value, ctx) => {
      const unknown = value
        .split(",")
        .map((f) => f.trim().replace(/^[+-]/, ""))
        .filter((f) => f && !allowed.includes(f))
      if (unknown.length) ctx.addIssue({ code: "custom", message: `fields: unknown field ${unknown.join(", ")} (allowed: ${allowed.join(", ")})` })
    })
    .optional()

const SUBSCRIPTION_ORDER = ["created_at", "confirmed_at", "email", "status"] as const

export const AdminListSubscriptions = z
  .object({
    status: z.enum(["pending", "subscribed", "unsubscribed", "suppressed", "erased"]).optional(),
    q: z.string().max(254).optional(),
    source: z.string().max(100).optional(),
    customer_id: z.string().min(1).max(100).optional(),
    created_from: z.coerce.date({ error: "created_from must be an ISO date" }).optional(),
    created_to: z.coerce.date({ error: "created_to must be an ISO date" }).optional(),
    ...paging(50, 500),
    fields: fieldsParam(listSubscriptionsQueryConfig.allowed),
    order: z.enum([...SUBSCRIPTION_ORDER, ...SUBSCRIPTION_ORDER.map((f) => `-${f}` as const)]).optional(),
  })
  .strict()

export const AdminUpdateSubscription = z
  .object({
    status: z.enum(["unsubscribed", "suppressed"]),
    note: z.string().max(500).optional(),
  })
  .strict()
export type AdminUpdateSubscriptionType = z.infer<typeof AdminUpdateSubscription>

export const AdminSubscriptionStats = z.object({ days: z.coerce.number({ error: "days must be a number" }).int().min(1).max(366).default(30) }).strict()

import { z } from "@medusajs/framework/zod"

export const MAIL_STATUSES = ["pending", "success", "failure"] as const

export const AdminGetMailLogParams = z
  .object({
    status: z.enum(MAIL_STATUSES).optional(),
    template: z.string().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    order: z.enum(["created_at", "-created_at"]).optional(),
  })
  .strict()

export type AdminGetMailLogParamsType = z.infer<typeof AdminGetMailLogParams>

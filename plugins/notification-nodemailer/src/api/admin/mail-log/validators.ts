import { z } from "@medusajs/framework/zod"

export const MAIL_STATUSES = ["pending", "success", "failure"] as const

export const AdminGetMailLogParams = z
  .object({
    status: z.enum(MAIL_STATUSES).optional(),
    template: z.string().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminGetMailLogParamsType = z.infer<typeof AdminGetMailLogParams>

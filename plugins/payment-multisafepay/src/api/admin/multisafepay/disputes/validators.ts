import { z } from "@medusajs/framework/zod"
import { DISPUTE_STATUSES } from "../../../../modules/multisafepay/models/dispute"

export const AdminListDisputes = z
  .object({
    status: z.enum(DISPUTE_STATUSES).optional(),
    order_id: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListDisputesType = z.infer<typeof AdminListDisputes>

export const AdminResolveDispute = z.object({}).strict()

import { z } from "@medusajs/framework/zod"
import { DISPUTE_STATUSES } from "../../../../modules/multisafepay/models/dispute"
import { adminPagingParams } from "../query-config"

export const AdminListDisputes = z
  .object({
    status: z.enum(DISPUTE_STATUSES).optional(),
    order_id: z.string().optional(),
    ...adminPagingParams,
  })
  .strict()
export type AdminListDisputesType = z.infer<typeof AdminListDisputes>

export const AdminResolveDispute = z.object({}).strict()

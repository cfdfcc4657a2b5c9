import { z } from "@medusajs/framework/zod"
import { LATE_PAYMENT_REASONS, LATE_PAYMENT_STATUSES } from "../../../../modules/multisafepay/models/late-payment"
import { adminPagingParams } from "../query-config"

export const AdminListLatePayments = z
  .object({
    status: z.enum(LATE_PAYMENT_STATUSES).optional(),
    reason: z.enum(LATE_PAYMENT_REASONS).optional(),
    order_id: z.string().min(1).optional(),
    ...adminPagingParams,
  })
  .strict()

export const AdminResolveLatePayment = z
  .object({
    /** `refund`: give the money back (or release the authorization); `mark_refunded`: refunded elsewhere; `keep`: the merchant keeps it. */
    action: z.enum(["refund", "mark_refunded", "keep"], { error: "action must be one of refund, mark_refunded, keep" }),
  })
  .strict()

export type AdminListLatePaymentsType = z.infer<typeof AdminListLatePayments>
export type AdminResolveLatePaymentType = z.infer<typeof AdminResolveLatePayment>

import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { AdminListDisputes, AdminResolveDispute } from "./disputes/validators"
import { AdminListLatePayments, AdminResolveLatePayment } from "./late-payments/validators"
import { listDisputesQueryConfig, listLatePaymentsQueryConfig } from "./query-config"

export const adminMultiSafepayMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/multisafepay/settings",
    middlewares: [validateAndTransformQuery(z.object({}).strict(), {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/multisafepay/orders/:id/sync",
    middlewares: [validateAndTransformBody(z.object({}).strict())],
  },
  {
    method: ["GET"],
    matcher: "/admin/multisafepay/late-payments",
    middlewares: [validateAndTransformQuery(AdminListLatePayments, listLatePaymentsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/multisafepay/late-payments/:id/resolve",
    middlewares: [validateAndTransformBody(AdminResolveLatePayment)],
  },
  {
    method: ["GET"],
    matcher: "/admin/multisafepay/disputes",
    middlewares: [validateAndTransformQuery(AdminListDisputes, listDisputesQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/multisafepay/disputes/:id/resolve",
    middlewares: [validateAndTransformBody(AdminResolveDispute)],
  },
]

import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { AdminListDisputes, AdminResolveDispute } from "./disputes/validators"
import { AdminListLatePayments, AdminResolveLatePayment } from "./late-payments/validators"
import { listDisputesQueryConfig, listLatePaymentsQueryConfig } from "./query-config"

export const adminMultiSafepayMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/multisafepay/settings",
    middlewares: [validateAndTransformQuery(z.object({}).strict(), {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/multisafepay/orders/:id/sync",
    middlewares: [validateAndTransformBody(z.object({}).strict())],
  },
  {
    methods: ["GET"],
    matcher: "/admin/multisafepay/late-payments",
    middlewares: [validateAndTransformQuery(AdminListLatePayments, listLatePaymentsQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/multisafepay/late-payments/:id/resolve",
    middlewares: [validateAndTransformBody(AdminResolveLatePayment)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/multisafepay/disputes",
    middlewares: [validateAndTransformQuery(AdminListDisputes, listDisputesQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/multisafepay/disputes/:id/resolve",
    middlewares: [validateAndTransformBody(AdminResolveDispute)],
  },
]

import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listMailLogQueryConfig } from "./query-config"
import { AdminGetMailLogParams } from "./validators"

export const adminMailLogMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/mail-log",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetMailLogParams, listMailLogQueryConfig)],
  },
]

import { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { validateAndTransformBody } from "@medusajs/framework/http"

export const adminMultiSafepayMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/multisafepay/orders/:id/sync",
    middlewares: [validateAndTransformBody(z.object({}).strict())],
  },
]

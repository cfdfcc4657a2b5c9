import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

const Track = z.object({ token: z.string().max(300).optional(), lang: z.enum(["nl", "en"]).optional() }).strict()

export const publicRepairMiddlewares: MiddlewareRoute[] = [
  { matcher: "/repairs/track", methods: ["GET"], middlewares: [validateAndTransformQuery(Track, { defaults: [], isList: false })] },
]

import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminCancelAuction, AdminCreateAuction, AdminCreateBan, AdminListAuctions } from "./validators"

export const adminAuctionMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/auctions", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListAuctions, { isList: true })] },
  { matcher: "/admin/auctions", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateAuction)] },
  { matcher: "/admin/auctions/:id/cancel", method: ["POST"], middlewares: [validateAndTransformBody(AdminCancelAuction)] },
  { matcher: "/admin/auction-bans", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateBan)] },
]

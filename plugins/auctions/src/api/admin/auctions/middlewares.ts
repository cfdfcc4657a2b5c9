import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listAuctionsQueryConfig, listBansQueryConfig } from "./query-config"
import { AdminCancelAuction, AdminCreateAuction, AdminCreateBan, AdminListAuctions, AdminListBans } from "./validators"

export const adminAuctionMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/auctions", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListAuctions, listAuctionsQueryConfig)] },
  { matcher: "/admin/auctions", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateAuction)] },
  { matcher: "/admin/auctions/:id/cancel", method: ["POST"], middlewares: [validateAndTransformBody(AdminCancelAuction)] },
  { matcher: "/admin/auction-bans", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListBans, listBansQueryConfig)] },
  { matcher: "/admin/auction-bans", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateBan)] },
]

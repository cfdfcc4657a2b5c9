import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listAuctionsQueryConfig, listBansQueryConfig } from "./query-config"
import { AdminCancelAuction, AdminCreateAuction, AdminCreateBan, AdminListAuctions, AdminListBans } from "./validators"

export const adminAuctionMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/auctions", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListAuctions, listAuctionsQueryConfig)] },
  { matcher: "/admin/auctions", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateAuction)] },
  { matcher: "/admin/auctions/:id/cancel", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCancelAuction)] },
  { matcher: "/admin/auction-bans", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListBans, listBansQueryConfig)] },
  { matcher: "/admin/auction-bans", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateBan)] },
]

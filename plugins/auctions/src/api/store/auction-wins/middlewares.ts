import { authenticate, MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listAuctionWinsQueryConfig } from "./query-config"
import { StoreListAuctionWins } from "./validators"

export const storeAuctionWinsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/auction-wins",
    methods: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(StoreListAuctionWins, listAuctionWinsQueryConfig)],
  },
]

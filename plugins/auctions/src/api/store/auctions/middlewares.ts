import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { authenticateCustomerCached } from "../../../utils/customer-auth"
import { limitBids } from "../../../utils/rate-limit"
import { StoreBuyNow, StoreListAuctions, StorePlaceBid } from "./validators"

export const storeAuctionMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/auctions",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListAuctions, { isList: true })],
  },
  {
    matcher: "/store/auctions/:id/bids",
    methods: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
  },
  {
    matcher: "/store/auctions/:id/bids",
    methods: ["POST"],
    middlewares: [authenticateCustomerCached(), limitBids, validateAndTransformBody(StorePlaceBid)],
  },
  {
    matcher: "/store/auctions/:id/buy-now",
    methods: ["POST"],
    middlewares: [authenticate("customer", ["session", "bearer"]), limitBids, validateAndTransformBody(StoreBuyNow)],
  },
]

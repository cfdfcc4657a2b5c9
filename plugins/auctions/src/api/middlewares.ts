import { defineMiddlewares } from "@medusajs/framework/http"
import { adminAuctionMiddlewares } from "./admin/auctions/middlewares"
import { storeAuctionMiddlewares } from "./store/auctions/middlewares"

export default defineMiddlewares({
  routes: [...storeAuctionMiddlewares, ...adminAuctionMiddlewares],
})

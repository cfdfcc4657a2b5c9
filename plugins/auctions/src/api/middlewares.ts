import { defineMiddlewares } from "@medusajs/framework/http"
import { adminAuctionMiddlewares } from "./admin/auctions/middlewares"
import { storeAuctionMiddlewares } from "./store/auctions/middlewares"
import { storeAuctionWinsMiddlewares } from "./store/auction-wins/middlewares"
import { storeCartGuardMiddlewares } from "./store/carts/middlewares"

export default defineMiddlewares({
  routes: [...storeAuctionMiddlewares, ...storeAuctionWinsMiddlewares, ...storeCartGuardMiddlewares, ...adminAuctionMiddlewares],
})

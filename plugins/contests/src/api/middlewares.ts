import { defineMiddlewares } from "@medusajs/framework/http"
import { adminContestMiddlewares } from "./admin/contests/middlewares"
import { claimMiddlewares } from "./contests/claim/middlewares"
import { storeContestMiddlewares } from "./store/contests/middlewares"

export default defineMiddlewares({
  routes: [...storeContestMiddlewares, ...adminContestMiddlewares, ...claimMiddlewares],
})

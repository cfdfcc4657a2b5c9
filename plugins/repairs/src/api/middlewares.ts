import { defineMiddlewares } from "@medusajs/framework/http"
import { adminRepairMiddlewares } from "./admin/repairs/middlewares"
import { publicRepairMiddlewares } from "./repairs/middlewares"
import { storeRepairMiddlewares } from "./store/repairs/middlewares"

export default defineMiddlewares({
  routes: [...storeRepairMiddlewares, ...adminRepairMiddlewares, ...publicRepairMiddlewares],
})

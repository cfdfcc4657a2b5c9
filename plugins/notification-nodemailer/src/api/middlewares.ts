import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMailLogMiddlewares } from "./admin/mail-log/middlewares"

export default defineMiddlewares({
  routes: [...adminMailLogMiddlewares],
})

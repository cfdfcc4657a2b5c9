import { defineMiddlewares } from "@medusajs/framework/http"
import { checkoutGuardMiddlewares } from "./store/checkout-guard/middlewares"

export default defineMiddlewares({
  routes: [...checkoutGuardMiddlewares],
})

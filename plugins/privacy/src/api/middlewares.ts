import { defineMiddlewares } from "@medusajs/framework/http"
import { adminPrivacyMiddlewares } from "./admin/privacy/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { checkoutGuardMiddlewares } from "./store/checkout-guard/middlewares"
import { storePrivacyMiddlewares } from "./store/privacy/middlewares"

export default defineMiddlewares({
  routes: [...checkoutGuardMiddlewares, ...storePrivacyMiddlewares, ...adminPrivacyMiddlewares, ...authMiddlewares],
})

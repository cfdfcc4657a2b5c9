import { defineMiddlewares } from "@medusajs/framework/http"
import { adminPrivacyMiddlewares } from "./admin/privacy/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { hardenedErrorHandler } from "./hardening/error-handler"
import { hardeningMiddlewares } from "./hardening/middlewares"
import { ownershipMiddlewares } from "./ownership/middlewares"
import { checkoutGuardMiddlewares } from "./store/checkout-guard/middlewares"
import { storePrivacyMiddlewares } from "./store/privacy/middlewares"

export default defineMiddlewares({
  // Hardening and ownership first: they refuse before the checkout guard or a handler reads anything.
  routes: [
    ...hardeningMiddlewares,
    ...ownershipMiddlewares,
    ...checkoutGuardMiddlewares,
    ...storePrivacyMiddlewares,
    ...adminPrivacyMiddlewares,
    ...authMiddlewares,
  ],
  errorHandler: hardenedErrorHandler(),
})

import { MiddlewareRoute } from "@medusajs/framework/http"
import { installAccessLogRedaction } from "./access-log"
import { securityHeaders } from "./headers"
import { refuseHostileInput } from "./hostile-input"
import { loginRateLimitMiddlewares } from "./login-limit"

// Medusa's access log (morgan) is redacted from the moment the plugin's routes are loaded.
installAccessLogRedaction()

/**
 * The request-hardening layer (README "Security"): on every route of the shop — Medusa's and every
 * plugin's — trust-proxy and X-Powered-By settings, helmet headers and no-store, and a 400 for NUL bytes and
 * undecodable paths; then the login rate limits. The error handler is `hardenedErrorHandler`.
 */
export const hardeningMiddlewares: MiddlewareRoute[] = [{ matcher: "/*", middlewares: [securityHeaders, refuseHostileInput] }, ...loginRateLimitMiddlewares]

import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMultiSafepayMiddlewares } from "./admin/multisafepay/middlewares"
import { hooksMultiSafepayMiddlewares } from "./hooks/middlewares"
import { storeMultiSafepayMiddlewares } from "./store/multisafepay/middlewares"

export default defineMiddlewares({
  routes: [...storeMultiSafepayMiddlewares, ...adminMultiSafepayMiddlewares, ...hooksMultiSafepayMiddlewares],
})

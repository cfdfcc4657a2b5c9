import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MultiSafepayProviderService from "./service"

export * from "./core/options"

export default ModuleProvider(Modules.PAYMENT, {
  services: [MultiSafepayProviderService],
})

import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import NodemailerNotificationService from "./service"

export * from "./types"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [NodemailerNotificationService],
})

import { Module } from "@medusajs/framework/utils"
import { withQueryAliases } from "./query-aliases"
import PrivacyModuleService from "./service"

export const PRIVACY_MODULE = "privacy"

export default Module(PRIVACY_MODULE, {
  service: withQueryAliases(PRIVACY_MODULE, PrivacyModuleService),
})

import { Module } from "@medusajs/framework/utils"
import MultiSafepayModuleService from "./service"

export const MULTISAFEPAY_MODULE = "multisafepay"

export default Module(MULTISAFEPAY_MODULE, {
  service: MultiSafepayModuleService,
})

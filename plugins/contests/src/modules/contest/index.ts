import { Module } from "@medusajs/framework/utils"
import ContestModuleService from "./service"

export const CONTEST_MODULE = "contest"

export default Module(CONTEST_MODULE, {
  service: ContestModuleService,
})

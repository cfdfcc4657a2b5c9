import { Module } from "@medusajs/framework/utils"
import { withQueryAliases } from "./query-aliases"
import NewsletterModuleService from "./service"

export const NEWSLETTER_MODULE = "newsletter"

export default Module(NEWSLETTER_MODULE, {
  service: withQueryAliases(NEWSLETTER_MODULE, NewsletterModuleService),
})

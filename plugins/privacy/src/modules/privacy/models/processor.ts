import { model } from "@medusajs/framework/utils"

/** A third party that receives personal data (GDPR art. 30 register). */
export const Processor = model.define("privacy_processor", {
  id: model.id({ prefix: "proc" }).primaryKey(),
  name: model.text(),
  purpose: model.text(),
  data_categories: model.json(),
  location: model.text(),
  active: model.boolean().default(true),
})

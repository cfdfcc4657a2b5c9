import { model } from "@medusajs/framework/utils"

/** A recorded access to the customer's files, allowed or refused (with the scope that was missing). */
const RepairFileAccess = model
  .define("repair_file_access", {
    id: model.id({ prefix: "rfa" }).primaryKey(),
    repair_id: model.text(),
    actor: model.text(),
    scope: model.text(),
    reason: model.text(),
    allowed: model.boolean(),
    refusal: model.text().nullable(),
  })
  .indexes([{ on: ["repair_id", "created_at"] }])

export default RepairFileAccess

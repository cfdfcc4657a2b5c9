import { model } from "@medusajs/framework/utils"
import { REPAIR_STATUSES } from "../constants"

/** One recorded transition: who moved the repair, when, from where to where. */
const RepairStatusChange = model
  .define("repair_status_change", {
    id: model.id({ prefix: "rsc" }).primaryKey(),
    repair_id: model.text(),
    from_status: model.enum([...REPAIR_STATUSES]).nullable(),
    to_status: model.enum([...REPAIR_STATUSES]),
    actor: model.text(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["repair_id", "created_at"] }])

export default RepairStatusChange

import { model } from "@medusajs/framework/utils"
import { REQUEST_KINDS } from "../constants"

/** A customer's wish about their data (P21, P22): keep longer, delete sooner at own risk, or free text. */
const RepairRequest = model
  .define("repair_request", {
    id: model.id({ prefix: "rreq" }).primaryKey(),
    repair_id: model.text(),
    kind: model.enum([...REQUEST_KINDS]),
    keep_until: model.dateTime().nullable(),
    own_risk_text_version: model.text().nullable(),
    text: model.text().nullable(),
    via: model.text(),
    actor: model.text(),
  })
  .indexes([{ on: ["repair_id", "created_at"] }])

export default RepairRequest

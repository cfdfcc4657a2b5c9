import { model } from "@medusajs/framework/utils"

/** Audit trail of sensitive actions (credential set/read/purge, consent, acknowledgements). No personal data in `detail`. */
const RepairAudit = model
  .define("repair_audit", {
    id: model.id({ prefix: "raud" }).primaryKey(),
    repair_id: model.text(),
    action: model.text(),
    actor: model.text(),
    detail: model.text().nullable(),
  })
  .indexes([{ on: ["repair_id", "created_at"] }])

export default RepairAudit

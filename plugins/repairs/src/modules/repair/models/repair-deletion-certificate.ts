import { model } from "@medusajs/framework/utils"

/** Proof that a backup was deleted: what, where, when, its checksum and the sweep run. One per backup. */
const RepairDeletionCertificate = model
  .define("repair_deletion_certificate", {
    id: model.id({ prefix: "rdc" }).primaryKey(),
    backup_id: model.text(),
    repair_id: model.text(),
    category: model.text(),
    store_id: model.text(),
    location: model.text(),
    sha256: model.text(),
    size_bytes: model.bigNumber(),
    removed_at: model.dateTime(),
    verified_absent: model.boolean(),
    run_id: model.text(),
    reason: model.text(),
  })
  .indexes([{ on: ["backup_id"], unique: true }, { on: ["repair_id"] }])

export default RepairDeletionCertificate

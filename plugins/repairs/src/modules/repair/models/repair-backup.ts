import { model } from "@medusajs/framework/utils"
import { BACKUP_CATEGORIES } from "../constants"

/**
 * One backup copy in one backup store (P20). `delete_on` is the sweep day that will
 * delete it (set at delivery), `delete_by` the last day the promise allows.
 * `claim_run_id`/`claimed_at` let one sweep at a time own the deletion.
 */
const RepairBackup = model
  .define("repair_backup", {
    id: model.id({ prefix: "rbk" }).primaryKey(),
    repair_id: model.text(),
    category: model.enum([...BACKUP_CATEGORIES]),
    store_id: model.text(),
    location: model.text(),
    size_bytes: model.bigNumber(),
    sha256: model.text(),
    key_ref: model.text(),
    created_by: model.text(),
    delete_on: model.dateTime().nullable(),
    delete_by: model.dateTime().nullable(),
    claim_run_id: model.text().nullable(),
    claimed_at: model.dateTime().nullable(),
    removed_at: model.dateTime().nullable(),
    overdue_alerted_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["repair_id"] }, { on: ["delete_on"], where: "removed_at IS NULL" }])

export default RepairBackup

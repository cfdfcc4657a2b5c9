import { model } from "@medusajs/framework/utils"

/** One run of the backup deletion sweep; certificates name it. */
const RepairSweepRun = model.define("repair_sweep_run", {
  id: model.id({ prefix: "rsw" }).primaryKey(),
  started_at: model.dateTime(),
  finished_at: model.dateTime().nullable(),
  status: model.enum(["running", "completed", "interrupted", "failed"]).default("running"),
  deleted: model.number().default(0),
  trigger: model.text(),
})

export default RepairSweepRun

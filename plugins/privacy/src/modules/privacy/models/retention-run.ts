import { model } from "@medusajs/framework/utils"

/** One run of the retention job (or a dry run): counts per rule and failures, no personal data. */
export const RetentionRun = model
  .define("privacy_retention_run", {
    id: model.id({ prefix: "rrun" }).primaryKey(),
    dry_run: model.boolean(),
    status: model.enum(["running", "completed", "failed", "interrupted"]).default("running"),
    actor: model.text(),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
    counts: model.json(),
    failures: model.json(),
  })
  .indexes([{ on: ["started_at"] }])

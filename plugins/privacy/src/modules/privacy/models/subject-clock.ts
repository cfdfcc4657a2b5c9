import { model } from "@medusajs/framework/utils"

/** The personal-data clock of a customer: last activity seen by the plugin and the warning state. */
export const SubjectClock = model
  .define("privacy_subject_clock", {
    id: model.id({ prefix: "pclk" }).primaryKey(),
    customer_id: model.text(),
    last_activity_at: model.dateTime(),
    warned_at: model.dateTime().nullable(),
    // A subject whose erasure failed is reported once and skipped until an admin clears this.
    failed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["customer_id"], unique: true }])

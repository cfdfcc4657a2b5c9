import { model } from "@medusajs/framework/utils"

/** A data-subject request (GDPR art. 15–21) received through any channel. */
export const DataSubjectRequest = model
  .define("privacy_data_subject_request", {
    id: model.id({ prefix: "dsr" }).primaryKey(),
    type: model.enum(["access", "erasure", "rectification", "objection"]),
    status: model.enum(["received", "cooling_off", "in_progress", "completed", "cancelled", "rejected"]).default("received"),
    channel: model.enum(["store_api", "email", "phone", "letter", "admin"]),
    customer_id: model.text().nullable(),
    // Only for requests that arrive without an account; cleared once the request is closed.
    subject_email: model.text().nullable(),
    received_at: model.dateTime(),
    due_at: model.dateTime(),
    execute_after: model.dateTime().nullable(),
    completed_at: model.dateTime().nullable(),
    handled_by: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["status", "due_at"] }, { on: ["customer_id"] }])

import { model } from "@medusajs/framework/utils"

/** A manual legal hold set by an admin: postpones erasure of the subject. */
export const LegalHold = model
  .define("privacy_legal_hold", {
    id: model.id({ prefix: "lhold" }).primaryKey(),
    customer_id: model.text(),
    reason: model.text(),
    reference: model.text().nullable(),
    created_by: model.text(),
    released_at: model.dateTime().nullable(),
    released_by: model.text().nullable(),
  })
  .indexes([{ on: ["customer_id"] }])

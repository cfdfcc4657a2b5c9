import { model } from "@medusajs/framework/utils"

/** The review request mail of one order: due some days after fulfilment, sent once. */
const ReviewRequest = model
  .define("review_request", {
    id: model.id({ prefix: "revreq" }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text(),
    due_at: model.dateTime(),
    sent_at: model.dateTime().nullable(),
    skipped_reason: model.text().nullable(),
  })
  .indexes([{ on: ["order_id"], unique: true }, { on: ["due_at"], where: "sent_at IS NULL AND skipped_reason IS NULL" }, { on: ["customer_id"] }])

export default ReviewRequest

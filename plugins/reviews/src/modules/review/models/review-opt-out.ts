import { model } from "@medusajs/framework/utils"

/** A customer who asked not to receive review request mails. */
const ReviewOptOut = model
  .define("review_opt_out", {
    id: model.id({ prefix: "revopt" }).primaryKey(),
    customer_id: model.text(),
  })
  .indexes([{ on: ["customer_id"], unique: true }])

export default ReviewOptOut

import { model } from "@medusajs/framework/utils"

/** A "helpful" vote: one per customer per review (toggle = insert or delete). */
const ReviewVote = model
  .define("review_vote", {
    id: model.id({ prefix: "revvt" }).primaryKey(),
    review_id: model.text(),
    customer_id: model.text(),
  })
  .indexes([{ on: ["review_id", "customer_id"], unique: true }, { on: ["customer_id"] }])

export default ReviewVote

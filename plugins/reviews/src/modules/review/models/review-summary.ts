import { model } from "@medusajs/framework/utils"

/**
 * Approved reviews of one product, kept in the same transaction as every
 * transition, so a product page reads one row whatever the number of reviews.
 */
const ReviewSummary = model
  .define("review_summary", {
    id: model.id({ prefix: "revsum" }).primaryKey(),
    product_id: model.text(),
    review_count: model.number().default(0),
    rating_sum: model.number().default(0),
    star_1: model.number().default(0),
    star_2: model.number().default(0),
    star_3: model.number().default(0),
    star_4: model.number().default(0),
    star_5: model.number().default(0),
  })
  .indexes([{ on: ["product_id"], unique: true }])

export default ReviewSummary

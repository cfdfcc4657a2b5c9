import { model } from "@medusajs/framework/utils"

/** A published version of the public "how we check reviews" text (EU Omnibus), nl and en. */
const ReviewCheckText = model
  .define("review_check_text", {
    id: model.id({ prefix: "revchk" }).primaryKey(),
    version: model.number(),
    body_nl: model.text(),
    body_en: model.text(),
    published_by: model.text().nullable(),
  })
  .indexes([{ on: ["version"], unique: true }])

export default ReviewCheckText

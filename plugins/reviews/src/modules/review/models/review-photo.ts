import { model } from "@medusajs/framework/utils"

/** A re-encoded photo (metadata stripped) stored through Medusa's File Module. */
const ReviewPhoto = model
  .define("review_photo", {
    id: model.id({ prefix: "revph" }).primaryKey(),
    review_id: model.text(),
    file_id: model.text(),
    url: model.text(),
    mime_type: model.text(),
    size_bytes: model.number(),
    width: model.number(),
    height: model.number(),
  })
  .indexes([{ on: ["review_id"] }])

export default ReviewPhoto

import { model } from "@medusajs/framework/utils"

/** A customer who may not bid (on any lot). */
const AuctionBan = model
  .define("auction_ban", {
    id: model.id({ prefix: "aban" }).primaryKey(),
    customer_id: model.text(),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])

export default AuctionBan

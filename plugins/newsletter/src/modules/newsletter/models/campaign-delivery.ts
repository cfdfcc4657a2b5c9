import { model } from "@medusajs/framework/utils"

export const DELIVERY_STATUSES = ["queued", "sending", "sent", "failed", "skipped"] as const

/**
 * One row per campaign and recipient: the unique pair makes a second mail to
 * the same subscription impossible, and `status` is the truth a resumed send
 * continues from.
 */
const CampaignDelivery = model
  .define("newsletter_campaign_delivery", {
    id: model.id({ prefix: "nldel" }).primaryKey(),
    campaign_id: model.text(),
    subscription_id: model.text(),
    status: model.enum([...DELIVERY_STATUSES]).default("queued"),
    claimed_at: model.dateTime().nullable(),
    sent_at: model.dateTime().nullable(),
    attempts: model.number().default(0),
    error: model.text().nullable(),
  })
  .indexes([{ on: ["campaign_id", "subscription_id"], unique: true, where: null }, { on: ["campaign_id", "status"] }])

export default CampaignDelivery

import { model } from "@medusajs/framework/utils"

export const CAMPAIGN_STATUSES = ["draft", "sending", "sent"] as const

/** A newsletter: Softshop's own content only (P6), sent once to the subscribers confirmed at send time. */
const Campaign = model
  .define("newsletter_campaign", {
    id: model.id({ prefix: "nlcmp" }).primaryKey(),
    subject: model.text(),
    html: model.text(),
    text: model.text(),
    status: model.enum([...CAMPAIGN_STATUSES]).default("draft"),
    started_at: model.dateTime().nullable(),
    completed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status"] }])

export default Campaign

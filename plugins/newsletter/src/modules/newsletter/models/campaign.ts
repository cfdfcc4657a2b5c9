import { model } from "@medusajs/framework/utils"

export const CAMPAIGN_STATUSES = ["draft", "sending", "sent"] as const

/** A newsletter: Softshop's own content only (P6), sent once to the subscribers confirmed at send time. */
const Campaign = model
  .define("newsletter_campaign", {
    id: model.id({ prefix: "nlcmp" }).primaryKey(),
    subject: model.text(),
    html: model.text(),
    text: model.text(),
    /** The Markdown the admin wrote (html and text are rendered from it); null for campaigns written as raw HTML. */
    markdown: model.text().nullable(),
    status: model.enum([...CAMPAIGN_STATUSES]).default("draft"),
    /** A scheduled draft: the resume job starts it once this time has passed. */
    send_at: model.dateTime().nullable(),
    started_at: model.dateTime().nullable(),
    completed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status"] }, { on: ["status", "send_at"] }])

export default Campaign

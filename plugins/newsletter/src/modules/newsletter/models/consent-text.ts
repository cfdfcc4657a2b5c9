import { model } from "@medusajs/framework/utils"

/** The exact wording shown next to a subscribe form, one version per row; the newest per locale is current. */
const ConsentText = model
  .define("newsletter_consent_text", {
    id: model.id({ prefix: "nltxt" }).primaryKey(),
    locale: model.text(),
    version: model.number(),
    body: model.text(),
    /** sha256 of body, so a ledger row proves which wording was shown. */
    hash: model.text(),
  })
  .indexes([{ on: ["locale", "version"], unique: true }])

export default ConsentText

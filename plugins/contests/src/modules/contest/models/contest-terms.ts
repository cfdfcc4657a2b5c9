import { model } from "@medusajs/framework/utils"

/** One version of a contest's action terms, rendered from the template; never changed once written. */
const ContestTerms = model
  .define("contest_terms", {
    id: model.id({ prefix: "cterm" }).primaryKey(),
    contest_id: model.text(),
    version: model.number(),
    template_version: model.text(),
    body_nl: model.text(),
    body_en: model.text(),
    /** SHA-256 of body_nl + "\n\n" + body_en: what an entrant's consent points at. */
    body_hash: model.text(),
  })
  .indexes([{ on: ["contest_id", "version"], unique: true }])

export default ContestTerms

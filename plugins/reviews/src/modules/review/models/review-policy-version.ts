import { model } from "@medusajs/framework/utils"

/**
 * A published moderation policy: its reason codes with nl/en texts. Versions
 * are immutable; a decision records the version whose reason it cites.
 */
const ReviewPolicyVersion = model
  .define("review_policy_version", {
    id: model.id({ prefix: "revpol" }).primaryKey(),
    version: model.number(),
    /** `{ reasons: [{ code, label: { nl, en }, description: { nl, en } }] }` */
    content: model.json(),
    published_by: model.text().nullable(),
  })
  .indexes([{ on: ["version"], unique: true }])

export default ReviewPolicyVersion

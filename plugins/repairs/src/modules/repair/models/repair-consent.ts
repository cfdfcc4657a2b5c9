import { model } from "@medusajs/framework/utils"
import { CONSENT_METHODS, CONSENT_SCOPES } from "../constants"

/**
 * One file-access scope the customer granted (P18), with the exact text version
 * shown and how it was given. Withdrawal stamps `withdrawn_at`; rows are never deleted
 * while the repair lives, so consent stays provable (GDPR art. 7(1)).
 */
const RepairConsent = model
  .define("repair_consent", {
    id: model.id({ prefix: "rcon" }).primaryKey(),
    repair_id: model.text(),
    scope: model.enum([...CONSENT_SCOPES]),
    text_version: model.text(),
    method: model.enum([...CONSENT_METHODS]),
    signature_name: model.text().nullable(),
    actor: model.text(),
    given_at: model.dateTime(),
    withdrawn_at: model.dateTime().nullable(),
    withdrawn_by: model.text().nullable(),
  })
  .indexes([{ on: ["repair_id", "scope"] }])

export default RepairConsent

import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import PrivacyModule from "../modules/privacy"

/**
 * Read-only link: `privacy_legal_hold.customer_id` holds the customer's id, so Query can join it
 * (`fields: ["customer.*"]`) without a link table or a migration. Nothing is written through it; once
 * Medusa's customer row is erased the join finds nothing.
 */
export default defineLink({ linkable: PrivacyModule.linkable.privacyLegalHold, field: "customer_id" }, CustomerModule.linkable.customer, { readOnly: true })

import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ContestModule from "../modules/contest"

/**
 * Read-only link: `contest_entry.customer_id` holds the customer's id, so Query can join it
 * (`fields: ["customer.*"]`) without a link table or a migration. Nothing is written through it.
 */
export default defineLink({ linkable: ContestModule.linkable.contestEntry, field: "customer_id" }, CustomerModule.linkable.customer, { readOnly: true })

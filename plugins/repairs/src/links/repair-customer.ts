import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import RepairModule from "../modules/repair"

/**
 * Read-only link: `repair_order.customer_id` holds the customer's id, so Query can join it
 * (`fields: ["customer.*"]`) without a link table or a migration. Nothing is written through it.
 */
export default defineLink({ linkable: RepairModule.linkable.repairOrder, field: "customer_id" }, CustomerModule.linkable.customer, { readOnly: true })

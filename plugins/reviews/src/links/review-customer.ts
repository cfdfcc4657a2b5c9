import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ReviewModule from "../modules/review"

/**
 * Read-only link: `review.customer_id` holds the customer's id, so Query can join it
 * (`fields: ["customer.*"]`) without a link table or a migration. Nothing is written through it.
 */
export default defineLink({ linkable: ReviewModule.linkable.review, field: "customer_id" }, CustomerModule.linkable.customer, { readOnly: true })

import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewModule from "../modules/review"

/**
 * Read-only link: `review.product_id` holds the product's id, so Query can join it
 * (`fields: ["product.*"]`) without a link table or a migration. Nothing is written through it.
 */
export default defineLink({ linkable: ReviewModule.linkable.review, field: "product_id" }, ProductModule.linkable.product, { readOnly: true })

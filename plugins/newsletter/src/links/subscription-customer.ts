import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import NewsletterModule from "../modules/newsletter"

/**
 * Read-only link: `newsletter_subscription.customer_id` holds the customer's id, so Query can join it
 * (`fields: ["customer.*"]`) without a link table or a migration. Nothing is written through it; once
 * Medusa's customer row is erased the join finds nothing.
 */
export default defineLink({ linkable: NewsletterModule.linkable.newsletterSubscription, field: "customer_id" }, CustomerModule.linkable.customer, {
  readOnly: true,
})

import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import AuctionModule from "../modules/auction"

/**
 * Read-only link: `auction_bid.customer_id` holds the customer's id, so Query can join it
 * (`fields: ["customer.*"]`) without a link table or a migration. Nothing is written through it.
 */
export default defineLink({ linkable: AuctionModule.linkable.auctionBid, field: "customer_id" }, CustomerModule.linkable.customer, { readOnly: true })

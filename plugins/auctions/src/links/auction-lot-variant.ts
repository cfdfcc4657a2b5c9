import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import AuctionModule from "../modules/auction"

/**
 * Read-only link: `auction_lot.variant_id` holds the product variant's id, so Query can join it
 * (`fields: ["product_variant.*"]`) without a link table or a migration. Nothing is written through it.
 */
export default defineLink({ linkable: AuctionModule.linkable.auctionLot, field: "variant_id" }, ProductModule.linkable.productVariant, { readOnly: true })

import { model } from "@medusajs/framework/utils"

/**
 * Every bid that reached a lot, accepted or rejected, in lot order (`sequence`).
 * `bidder_number` is the stable per-lot pseudonym ("Bieder 3").
 */
const AuctionBid = model
  .define("auction_bid", {
    id: model.id({ prefix: "bid" }).primaryKey(),
    lot_id: model.text(),
    customer_id: model.text(),
    bidder_number: model.number().nullable(),
    sequence: model.number(),
    amount_cents: model.number(),
    max_amount_cents: model.number(),
    kind: model.enum(["bid", "max_raise", "buy_now"]).default("bid"),
    accepted: model.boolean(),
    rejection_code: model.text().nullable(),
    /** True when a stronger proxy maximum immediately outbid this bid. */
    outbid: model.boolean().default(false),
    price_after_cents: model.number().nullable(),
    ends_at_after: model.dateTime().nullable(),
    anonymized_at: model.dateTime().nullable(),
    /** The leader this bid displaced: whom the outbid subscriber mails (personal data: erased with customer_id). */
    displaced_customer_id: model.text().nullable(),
    /** When the outbid mail of this bid was claimed (once per bid, however often the event arrives). */
    displaced_notified_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["lot_id", "sequence"], unique: true }, { on: ["lot_id", "customer_id"] }, { on: ["customer_id"] }])

export default AuctionBid

import { model } from "@medusajs/framework/utils"

/**
 * One lot: a product variant offered by auction. Money is stored in minor units
 * (cents) so the bid engine never does floating-point arithmetic; the API speaks
 * major units. `leader_max_cents` is the leader's hidden proxy maximum.
 */
const AuctionLot = model
  .define("auction_lot", {
    id: model.id({ prefix: "auc" }).primaryKey(),
    variant_id: model.text(),
    /** The sales channel the winner's cart belongs to; null: the store's default channel. */
    sales_channel_id: model.text().nullable(),
    title: model.text().nullable(),
    currency_code: model.text().default("eur"),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    original_ends_at: model.dateTime(),
    starting_price_cents: model.number(),
    reserve_price_cents: model.number().nullable(),
    buy_now_price_cents: model.number().nullable(),
    /** [{ from_cents, increment_cents }] sorted by from_cents. */
    increments: model.json(),
    snipe_window_seconds: model.number().default(0),
    snipe_extension_seconds: model.number().default(0),
    snipe_cap_seconds: model.number().default(0),
    status: model.enum(["scheduled", "active", "ended", "cancelled"]).default("scheduled"),
    result: model.enum(["won", "reserve_not_met", "no_bids"]).nullable(),
    current_price_cents: model.number().nullable(),
    leader_customer_id: model.text().nullable(),
    leader_max_cents: model.number().nullable(),
    bid_count: model.number().default(0),
    bidder_count: model.number().default(0),
    sequence: model.number().default(0),
    winner_customer_id: model.text().nullable(),
    winning_price_cents: model.number().nullable(),
    won_via: model.enum(["bidding", "buy_now", "second_chance"]).nullable(),
    ended_at: model.dateTime().nullable(),
    payment_due_at: model.dateTime().nullable(),
    payment_status: model.enum(["awaiting", "paid", "expired"]).nullable(),
    payment_reminded_at: model.dateTime().nullable(),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    lapsed_winner_customer_id: model.text().nullable(),
    /** What the lapsed winner would have paid, and by when (their view of the lapsed win). */
    lapsed_winning_price_cents: model.number().nullable(),
    lapsed_payment_due_at: model.dateTime().nullable(),
    relisted_as_id: model.text().nullable(),
    /** Why an admin cancelled the lot (required when cancelling; shown on the lot page). */
    cancel_reason: model.text().nullable(),
    /** The admin user who cancelled it. */
    cancelled_by: model.text().nullable(),
  })
  .indexes([{ on: ["status", "ends_at"] }, { on: ["winner_customer_id"] }, { on: ["cart_id"] }, { on: ["lapsed_winner_customer_id"] }])

export default AuctionLot

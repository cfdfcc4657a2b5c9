import { z } from "zod"

/** Request bodies and queries, as `plugins/auctions/src/api/store/auctions/validators.ts` accepts them. */
export type PlaceBidBody = { amount: number; max_amount?: number | undefined }
export type BuyNowBody = Record<string, never>
export type ListAuctionsQuery = { limit?: number | undefined; offset?: number | undefined }
export type ListAuctionWinsQuery = { limit?: number | undefined; offset?: number | undefined }

const iso = z.string()

/** What anyone may see of a lot (no leader, no maximum, no reserve amount). */
export const AuctionLot = z.object({
  id: z.string(),
  variant_id: z.string(),
  title: z.string().nullable(),
  currency_code: z.string(),
  status: z.enum(["scheduled", "active", "ended", "cancelled"]),
  result: z.enum(["won", "reserve_not_met", "no_bids"]).nullable(),
  starts_at: iso.nullable(),
  ends_at: iso.nullable(),
  starting_price: z.number().nullable(),
  current_price: z.number().nullable(),
  minimum_next_bid: z.number().nullable(),
  bid_count: z.number(),
  bidder_count: z.number(),
  has_reserve: z.boolean(),
  reserve_met: z.boolean().nullable(),
  buy_now_price: z.number().nullable(),
  increments: z.array(z.object({ from: z.number().nullable(), increment: z.number().nullable() })),
  anti_sniping: z.object({
    window_seconds: z.number(),
    extension_seconds: z.number(),
    cap_seconds: z.number(),
  }),
})
export type AuctionLot = z.infer<typeof AuctionLot>

/** A bid in the public history: a per-lot pseudonym ("Bieder 3"); `is_mine` for the signed-in bidder. */
export const PublicBid = z.object({
  id: z.string(),
  sequence: z.number(),
  /** "Bieder N"; null for a rejected bid of a customer who never had an accepted one. */
  bidder: z.string().nullable(),
  bidder_number: z.number().nullable(),
  amount: z.number().nullable(),
  price_after: z.number().nullable(),
  kind: z.enum(["bid", "max_raise", "buy_now"]),
  outbid: z.boolean(),
  is_mine: z.boolean(),
  created_at: iso.nullable(),
})
export type PublicBid = z.infer<typeof PublicBid>

/** The bidder's own view of the bid they just placed, maximum included. */
export const OwnBid = PublicBid.extend({
  max_amount: z.number().nullable(),
  accepted: z.boolean(),
  is_leading: z.boolean(),
})
export type OwnBid = z.infer<typeof OwnBid>

export const ListAuctionsResponse = z.object({
  auctions: z.array(AuctionLot),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
  server_time: iso,
})
export type ListAuctionsResponse = z.infer<typeof ListAuctionsResponse>

export const RetrieveAuctionResponse = z.object({ auction: AuctionLot, server_time: iso })
export type RetrieveAuctionResponse = z.infer<typeof RetrieveAuctionResponse>

export const ListBidsResponse = z.object({ bids: z.array(PublicBid), count: z.number(), server_time: iso })
export type ListBidsResponse = z.infer<typeof ListBidsResponse>

export const PlaceBidResponse = z.object({ bid: OwnBid, auction: AuctionLot, server_time: iso })
export type PlaceBidResponse = z.infer<typeof PlaceBidResponse>

export const BuyNowResponse = z.object({
  auction: AuctionLot,
  cart_id: z.string().nullable(),
  payment_due_at: iso.nullable(),
  server_time: iso,
})
export type BuyNowResponse = z.infer<typeof BuyNowResponse>

/** A lot the signed-in customer won (or was offered as runner-up), with the cart to pay while payment is awaited. */
export const AuctionWin = z.object({
  lot_id: z.string(),
  title: z.string().nullable(),
  thumbnail: z.string().nullable(),
  variant_id: z.string(),
  amount: z.number().nullable(),
  currency_code: z.string(),
  cart_id: z.string().nullable(),
  pay_before: iso.nullable(),
  status: z.enum(["awaiting_payment", "paid", "expired", "cancelled"]),
  kind: z.enum(["won", "second_chance", "buy_now"]),
})
export type AuctionWin = z.infer<typeof AuctionWin>

export const ListAuctionWinsResponse = z.object({
  wins: z.array(AuctionWin),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
})
export type ListAuctionWinsResponse = z.infer<typeof ListAuctionWinsResponse>

/** Server-Sent Events of `GET /store/auctions/:id/events`. */
export const AuctionSnapshotEvent = z.object({ auction: AuctionLot, server_time: iso })
export const AuctionBidEvent = PublicBid.extend({ auction: AuctionLot, server_time: iso })
export const AuctionClosedEvent = z.object({
  result: z.enum(["won", "reserve_not_met", "no_bids"]).nullable(),
  ends_at: iso,
  server_time: iso,
})
export const AuctionCancelledEvent = z.object({ server_time: iso })
export const AuctionPingEvent = z.object({ server_time: iso })

export type AuctionLiveEvent =
  | { event: "snapshot"; data: z.infer<typeof AuctionSnapshotEvent> }
  | { event: "bid"; data: z.infer<typeof AuctionBidEvent> }
  | { event: "closed"; data: z.infer<typeof AuctionClosedEvent> }
  | { event: "cancelled"; data: z.infer<typeof AuctionCancelledEvent> }
  | { event: "ping"; data: z.infer<typeof AuctionPingEvent> }

export const AuctionEventSchemas = {
  snapshot: AuctionSnapshotEvent,
  bid: AuctionBidEvent,
  closed: AuctionClosedEvent,
  cancelled: AuctionCancelledEvent,
  ping: AuctionPingEvent,
} as const

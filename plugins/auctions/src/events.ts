/** Events emitted by the auctions plugin; payload is always `{ id }`. */
export const AuctionEvents = {
  BID_PLACED: "auction.bid.placed",
  LOT_CLOSED: "auction.lot.closed",
  LOT_CANCELLED: "auction.lot.cancelled",
  WINNER_OFFERED: "auction.winner.offered",
  LOT_PAID: "auction.lot.paid",
  LOT_RELISTED: "auction.lot.relisted",
} as const

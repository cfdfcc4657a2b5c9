import { LiveUpdate } from "../modules/auction/live-hub"
import AuctionModuleService from "../modules/auction/service"
import { BidRow, LotRow } from "../modules/auction/types"
import { publicBid, publicLot } from "./serialize"

export type LotUpdateInput = { type: "bid"; lot: LotRow; bid: BidRow } | { type: "closed"; lot: LotRow } | { type: "cancelled"; lot: LotRow } | null

/** The SSE message of a committed lot change (public fields only: pseudonym, price, end). */
export function liveUpdateOf(auction: AuctionModuleService, input: Exclude<LotUpdateInput, null>): LiveUpdate {
  const { lot } = input
  if (input.type === "bid") {
    const data = {
      ...publicBid(input.bid, null, lot.currency_code, auction.getOptions().bidderLabel),
      auction: publicLot(lot, auction.now(), auction.minimumNextBidOf(lot)),
    }
    return { type: "bid", lot_id: lot.id, data }
  }
  if (input.type === "closed") {
    return { type: "closed", lot_id: lot.id, data: { result: lot.result, ends_at: new Date(lot.ends_at).toISOString() } }
  }
  return { type: "cancelled", lot_id: lot.id, data: {} }
}

/** Pushes a lot update to the SSE streams of every server (through Redis with the module's redisUrl). Never throws. */
export async function publishLotUpdate(auction: AuctionModuleService, input: LotUpdateInput): Promise<void> {
  if (!input) return
  await auction.live().publish(liveUpdateOf(auction, input))
}

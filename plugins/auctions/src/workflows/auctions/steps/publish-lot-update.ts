import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LiveUpdate } from "../../../modules/auction/live-hub"
import { auctionOf } from "../../../modules/auction/resolve"
import { BidRow, LotRow } from "../../../modules/auction/types"
import { publicBid, publicLot } from "../../../utils/serialize"

export type LotUpdateInput = { type: "bid"; lot: LotRow; bid: BidRow } | { type: "closed"; lot: LotRow } | { type: "cancelled"; lot: LotRow } | null

/**
 * Pushes a lot update to the SSE streams of every server (through Redis when
 * the module has a redisUrl, else this process's). Nothing to undo: it runs
 * after every step that can fail, and a stream only ever shows committed state.
 */
export const publishLotUpdateStep = createStep("auctions-publish-lot-update", async (input: LotUpdateInput, { container }) => {
  if (!input) return new StepResponse(undefined)
  const { lot } = input
  const auction = auctionOf(container)
  const publishLotUpdate = (u: LiveUpdate) => auction.live().publish(u)
  if (input.type === "bid") {
    const data = {
      ...publicBid(input.bid, null, lot.currency_code, auction.getOptions().bidderLabel),
      auction: publicLot(lot, auction.now(), auction.minimumNextBidOf(lot)),
    }
    await publishLotUpdate({ type: "bid", lot_id: lot.id, data })
  } else if (input.type === "closed") {
    await publishLotUpdate({
      type: "closed",
      lot_id: lot.id,
      data: { result: lot.result, ends_at: new Date(lot.ends_at).toISOString() },
    })
  } else {
    await publishLotUpdate({ type: "cancelled", lot_id: lot.id, data: {} })
  }
  return new StepResponse(undefined)
})

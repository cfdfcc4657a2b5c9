import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"
import { BidRow, LotRow } from "../../../modules/auction/types"
import { publishLotUpdate } from "../../../utils/live"
import { publicBid, publicLot } from "../../../utils/serialize"

export type LotUpdateInput =
  | { type: "bid"; lot: LotRow; bid: BidRow }
  | { type: "closed"; lot: LotRow }
  | { type: "cancelled"; lot: LotRow }
  | null

/**
 * Pushes a lot update to this process's SSE streams. Nothing to undo: it runs
 * after every step that can fail, and a stream only ever shows committed state.
 */
export const publishLotUpdateStep = createStep(
  "auctions-publish-lot-update-step",
  async (input: LotUpdateInput, { container }) => {
    if (!input) return new StepResponse(undefined)
    const { lot } = input
    if (input.type === "bid") {
      const auction = auctionOf(container)
      const data = {
        ...publicBid(input.bid, null),
        auction: publicLot(lot, auction.now(), auction.minimumNextBidOf(lot)),
      }
      publishLotUpdate({ type: "bid", lot_id: lot.id, data })
    } else if (input.type === "closed") {
      publishLotUpdate({
        type: "closed",
        lot_id: lot.id,
        data: { result: lot.result, ends_at: new Date(lot.ends_at).toISOString() },
      })
    } else {
      publishLotUpdate({ type: "cancelled", lot_id: lot.id, data: {} })
    }
    return new StepResponse(undefined)
  }
)

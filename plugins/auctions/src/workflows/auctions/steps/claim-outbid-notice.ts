import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"

/** Claims a bid's outbid mail once (null when there is none or it was claimed); compensation releases the claim. */
export const claimOutbidNoticeStep = createStep(
  "auctions-claim-outbid-notice",
  async (bidId: string, { container }) => {
    const claimed = await auctionOf(container).claimOutbidNotice(bidId)
    if (!claimed) return new StepResponse(null)
    return new StepResponse(claimed, { bid_id: bidId, claimed_at: claimed.bid.displaced_notified_at! })
  },
  async (undo, { container }) => {
    if (!undo) return
    await auctionOf(container).releaseOutbidNotice(undo.bid_id, undo.claimed_at)
  }
)

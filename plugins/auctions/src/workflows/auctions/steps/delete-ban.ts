import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"

/** Lifts a ban (404 for an unknown id); compensation recreates it with the same id. */
export const deleteBanStep = createStep(
  "auctions-delete-ban",
  async (id: string, { container }) => {
    const auction = auctionOf(container)
    const ban = await auction.retrieveAuctionBan(id)
    await auction.deleteAuctionBans(id)
    return new StepResponse(id, { id: ban.id, customer_id: ban.customer_id, reason: ban.reason })
  },
  async (ban, { container }) => {
    if (ban) await auctionOf(container).createAuctionBans(ban)
  }
)

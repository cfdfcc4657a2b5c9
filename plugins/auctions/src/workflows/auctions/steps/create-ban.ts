import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"

export type CreateBanInput = { customer_id: string; reason?: string | null }

/** Bans a customer from bidding; compensation deletes the ban. */
export const createBanStep = createStep(
  "auctions-create-ban",
  async (input: CreateBanInput, { container }) => {
    const ban = await auctionOf(container).createAuctionBans(input)
    return new StepResponse(ban, ban.id)
  },
  async (id, { container }) => {
    if (id) await auctionOf(container).deleteAuctionBans(id)
  }
)

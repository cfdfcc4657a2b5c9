import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"
import { LotRow } from "../../../modules/auction/types"

/** Customers with an accepted bid on the lot who did not win it. Read-only. */
export const listLosingBiddersStep = createStep("auctions-list-losing-bidders", async (lot: LotRow, { container }) => {
  const bids = await auctionOf(container).listAuctionBids({ lot_id: lot.id, accepted: true }, { select: ["customer_id"] })
  return new StepResponse([...new Set(bids.map((b) => b.customer_id).filter((c) => c !== lot.winner_customer_id))])
})

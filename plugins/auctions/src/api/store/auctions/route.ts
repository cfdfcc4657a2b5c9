import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUCTION_MODULE } from "../../../modules/auction"
import AuctionModuleService from "../../../modules/auction/service"
import { LotRow } from "../../../modules/auction/types"
import { publicLot } from "../../../utils/serialize"

/** Open lots (scheduled and active), soonest ending first, with the server time for countdowns. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const auction: AuctionModuleService = req.scope.resolve(AUCTION_MODULE)
  const { limit = 20, offset = 0 } = req.validatedQuery as { limit?: number; offset?: number }
  const [lots, count] = await auction.listAndCountAuctionLots({ status: ["scheduled", "active"] }, { take: limit, skip: offset, order: { ends_at: "ASC" } })
  const now = auction.now()
  res.json({
    auctions: (lots as unknown as LotRow[]).map((l) => publicLot(l, now, auction.minimumNextBidOf(l))),
    count,
    offset,
    limit,
    server_time: now.toISOString(),
  })
}

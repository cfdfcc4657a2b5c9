import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUCTION_MODULE } from "../../../modules/auction"
import AuctionModuleService from "../../../modules/auction/service"
import { createBanWorkflow } from "../../../workflows/auctions/create-ban"
import { AdminCreateBanType } from "../auctions/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const auction: AuctionModuleService = req.scope.resolve(AUCTION_MODULE)
  const { skip: offset = 0, take: limit = 50 } = req.queryConfig.pagination
  const [bans, count] = await auction.listAndCountAuctionBans({}, { order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ bans, count, offset, limit })
}

/** Bans a customer from bidding on every lot. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateBanType>, res: MedusaResponse) {
  const { result: ban } = await createBanWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ ban })
}

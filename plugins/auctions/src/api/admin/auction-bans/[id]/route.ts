import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUCTION_MODULE } from "../../../../modules/auction"
import AuctionModuleService from "../../../../modules/auction/service"

/** Lifts a ban. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const auction: AuctionModuleService = req.scope.resolve(AUCTION_MODULE)
  await auction.retrieveAuctionBan(req.params.id)
  await auction.deleteAuctionBans(req.params.id)
  res.json({ id: req.params.id, object: "auction_ban", deleted: true })
}

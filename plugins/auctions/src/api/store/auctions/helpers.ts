import { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { AUCTION_MODULE } from "../../../modules/auction"
import AuctionModuleService from "../../../modules/auction/service"
import { LotRow } from "../../../modules/auction/types"

/** Loads a lot by the :id parameter; 404 naming the id. */
export async function loadLot(req: MedusaRequest) {
  const auction: AuctionModuleService = req.scope.resolve(AUCTION_MODULE)
  const [lot] = await auction.listAuctionLots({ id: req.params.id })
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Auction lot ${req.params.id} was not found`)
  return { auction, lot: lot as unknown as LotRow }
}

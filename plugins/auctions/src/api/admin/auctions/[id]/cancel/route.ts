import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { AuctionEvents } from "../../../../../events"
import { publishLotUpdate } from "../../../../../utils/live"
import { adminLot } from "../../../../../utils/serialize"
import { loadLot } from "../../../../store/auctions/helpers"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { auction } = await loadLot(req)
  const lot = await auction.cancelLot(req.params.id)
  await req.scope.resolve(Modules.EVENT_BUS).emit({ name: AuctionEvents.LOT_CANCELLED, data: { id: lot.id } })
  publishLotUpdate({ type: "cancelled", lot_id: lot.id, data: {} })
  res.json({ auction: adminLot(lot, auction.now(), auction.minimumNextBidOf(lot)) })
}

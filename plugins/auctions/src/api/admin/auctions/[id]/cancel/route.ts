import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminLot } from "../../../../../utils/serialize"
import { cancelLotWorkflow } from "../../../../../workflows/auctions/cancel-lot"
import { loadLot } from "../../../../store/auctions/helpers"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { auction } = await loadLot(req)
  const { result: lot } = await cancelLotWorkflow(req.scope).run({ input: { lot_id: req.params.id } })
  res.json({ auction: adminLot(lot, auction.now(), auction.minimumNextBidOf(lot)) })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminLot } from "../../../../../utils/serialize"
import { cancelLotWorkflow } from "../../../../../workflows/auctions/cancel-lot"
import { loadLot } from "../../../../store/auctions/helpers"
import { AdminCancelAuctionType } from "../../validators"

/** Cancels a lot that has not ended; the reason is required and kept on the lot. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCancelAuctionType>, res: MedusaResponse) {
  const { auction } = await loadLot(req)
  const { result: lot } = await cancelLotWorkflow(req.scope).run({
    input: { lot_id: req.params.id, reason: req.validatedBody.reason, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ auction: adminLot(lot, auction.now(), auction.minimumNextBidOf(lot)) })
}

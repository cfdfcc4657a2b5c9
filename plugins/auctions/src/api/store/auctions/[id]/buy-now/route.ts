import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LotRow } from "../../../../../modules/auction/types"
import { assertCustomer } from "../../../../../utils/rate-limit"
import { publicLot } from "../../../../../utils/serialize"
import { buyNowLotWorkflow } from "../../../../../workflows/auctions/buy-now-lot"
import { loadLot } from "../../helpers"
import { rejectionError } from "../bids/rejection"

/** Buys the lot at its buy-now price (only before the first bid); answers with the winner's cart. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = assertCustomer(req)
  const { auction } = await loadLot(req)
  const { result } = await buyNowLotWorkflow(req.scope).run({
    input: { lot_id: req.params.id, customer_id: customerId },
  })
  if (result.rejection) throw rejectionError(req.params.id, result.rejection, result.lot as LotRow)
  const [lot] = (await auction.listAuctionLots({ id: req.params.id })) as unknown as LotRow[]
  const now = auction.now()
  res.json({
    auction: publicLot(lot, now, auction.minimumNextBidOf(lot)),
    cart_id: lot.cart_id,
    payment_due_at: lot.payment_due_at ? new Date(lot.payment_due_at).toISOString() : null,
    server_time: now.toISOString(),
  })
}

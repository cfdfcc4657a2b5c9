import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BidRow } from "../../../../modules/auction/types"
import { adminRefs, lotRefs } from "../../../../utils/admin-refs"
import { adminBid, adminLot } from "../../../../utils/serialize"
import { loadLot } from "../../../store/auctions/helpers"

/**
 * A lot with every bid (accepted and rejected), the bidders' names and e-mails,
 * the variant and order it refers to, and the server time (the admin's countdown).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { auction, lot } = await loadLot(req)
  const bids = (await auction.listAuctionBids({ lot_id: lot.id }, { order: { sequence: "DESC" }, take: 1000 })) as unknown as BidRow[]
  const now = auction.now()
  const refs = await adminRefs(req.scope, [lot], bids)
  res.json({
    auction: { ...adminLot(lot, now, auction.minimumNextBidOf(lot)), ...lotRefs(lot, refs) },
    bids: bids.map((b) => ({ ...adminBid(b, lot.currency_code, auction.getOptions().bidderLabel), customer: refs.customers.get(b.customer_id) ?? null })),
    server_time: now.toISOString(),
  })
}

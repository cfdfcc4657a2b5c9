import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BidRow } from "../../../../modules/auction/types"
import { adminBid, adminLot } from "../../../../utils/serialize"
import { loadLot } from "../../../store/auctions/helpers"

/** A lot with every bid (accepted and rejected) and the bidders' identities. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { auction, lot } = await loadLot(req)
  const bids = (await auction.listAuctionBids({ lot_id: lot.id }, { order: { sequence: "DESC" }, take: 1000 })) as unknown as BidRow[]
  const now = auction.now()
  res.json({ auction: adminLot(lot, now, auction.minimumNextBidOf(lot)), bids: bids.map((b) => adminBid(b, lot.currency_code)) })
}

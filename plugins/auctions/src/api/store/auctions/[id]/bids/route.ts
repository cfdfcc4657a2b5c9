import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUCTION_MODULE } from "../../../../../modules/auction"
import AuctionModuleService from "../../../../../modules/auction/service"
import { BidRow } from "../../../../../modules/auction/types"
import { toCentsOf } from "../../../../../utils/money-input"
import { assertCustomer } from "../../../../../utils/rate-limit"
import { ownBid, publicBid, publicLot } from "../../../../../utils/serialize"
import { placeBidWorkflow } from "../../../../../workflows/auctions/place-bid"
import { loadLot } from "../../helpers"
import { StorePlaceBidType } from "../../validators"
import { rejectionError } from "./rejection"

/** Public bid history: accepted bids with per-lot pseudonyms; the viewer's own bids marked. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { auction, lot } = await loadLot(req)
  const bids = (await auction.listAuctionBids(
    { lot_id: lot.id, accepted: true, kind: ["bid", "buy_now"] },
    { order: { sequence: "DESC" }, take: 500 }
  )) as unknown as BidRow[]
  const viewer = req.auth_context?.actor_id ?? null
  res.json({
    bids: bids.map((b) => publicBid(b, viewer, lot.currency_code, auction.getOptions().bidderLabel)),
    count: lot.bid_count,
    server_time: auction.now().toISOString(),
  })
}

/** Places a bid (amount, optional proxy maximum) for the logged-in customer. */
export async function POST(req: AuthenticatedMedusaRequest<StorePlaceBidType>, res: MedusaResponse) {
  const customerId = assertCustomer(req)
  // An unknown lot is a 404 (currencyOfLot); the workflow's locked step checks again inside its transaction.
  const auction: AuctionModuleService = req.scope.resolve(AUCTION_MODULE)
  const body = req.validatedBody
  const currency = await auction.currencyOfLot(req.params.id)
  const { result } = await placeBidWorkflow(req.scope).run({
    input: {
      lot_id: req.params.id,
      customer_id: customerId,
      amount_cents: toCentsOf(body.amount, currency, "amount"),
      max_amount_cents: body.max_amount === undefined ? null : toCentsOf(body.max_amount, currency, "max_amount"),
    },
  })
  if (result.rejection) throw rejectionError(req.params.id, result.rejection, result.lot)
  const { bid, lot } = result
  const now = auction.now()
  res.json({
    bid: ownBid(bid, lot, auction.getOptions().bidderLabel),
    auction: publicLot(lot, now, auction.minimumNextBidOf(lot)),
    server_time: now.toISOString(),
  })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUCTION_MODULE } from "../../../../../modules/auction"
import AuctionModuleService from "../../../../../modules/auction/service"
import { BidRow } from "../../../../../modules/auction/types"
import { toCentsOf } from "../../../../../utils/money-input"
import { assertCustomer } from "../../../../../utils/rate-limit"
import { ownBid, publicBid, publicLot } from "../../../../../utils/serialize"
import { placeBidDirect } from "../../../../../workflows/auctions/place-bid-direct"
import { loadLot } from "../../helpers"
import { StorePlaceBidType } from "../../validators"
import { rejectionError } from "./rejection"

/**
 * Medusa's own `/store` authentication (every request, the bearer token verified again) is switched off for this
 * file: both methods authenticate in their middlewares (src/api/store/auctions/middlewares.ts) — GET with Medusa's
 * `authenticate` (logged-in optional, as Medusa's would), POST with `authenticateCustomerCached` — so a bid's JWT is
 * verified at most once, not twice.
 */
export const AUTHENTICATE = false

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

/**
 * Places a bid (amount, optional proxy maximum) for the logged-in customer: authentication, validation and the
 * rate limit (middlewares), then the locked transaction (placeBidDirect); the answer is built from the rows the
 * transaction returned, no refetch.
 */
export async function POST(req: AuthenticatedMedusaRequest<StorePlaceBidType>, res: MedusaResponse) {
  const started = performance.now()
  const customerId = assertCustomer(req)
  // An unknown lot is a 404 (currencyOfLot, cached per lot); the locked transaction checks again.
  const auction: AuctionModuleService = req.scope.resolve(AUCTION_MODULE)
  const body = req.validatedBody
  const currency = await auction.currencyOfLot(req.params.id)
  const input = {
    lot_id: req.params.id,
    customer_id: customerId,
    amount_cents: toCentsOf(body.amount, currency, "amount"),
    max_amount_cents: body.max_amount === undefined ? null : toCentsOf(body.max_amount, currency, "max_amount"),
  }
  const result = await placeBidDirect(req.scope, input)
  const options = auction.getOptions()
  if (options.serverTiming) {
    const lock = result.lock_held_ms
    res.setHeader("Server-Timing", `${lock === undefined ? "" : `lock;dur=${lock.toFixed(2)}, `}bid;dur=${(performance.now() - started).toFixed(2)}`)
  }
  if (result.rejection) throw rejectionError(req.params.id, result.rejection, result.lot)
  const { bid, lot } = result
  const now = auction.now()
  res.json({
    bid: ownBid(bid, lot, options.bidderLabel),
    auction: publicLot(lot, now, auction.minimumNextBidOf(lot)),
    server_time: now.toISOString(),
  })
}

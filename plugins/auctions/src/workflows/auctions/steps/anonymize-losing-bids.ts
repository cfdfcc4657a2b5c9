import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"

/**
 * Anonymises losing bids of lots closed longer ago than the retention (one
 * bounded batch, one transaction). Deliberately without compensation: it is the
 * only step of its workflow, so nothing after it can fail, and undoing it would
 * mean keeping the customer ids it exists to remove.
 */
export const anonymizeLosingBidsStep = createStep("auctions-anonymize-losing-bids", async (_: void, { container }) => {
  return new StepResponse(await auctionOf(container).anonymizeLosingBids())
})

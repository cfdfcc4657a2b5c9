import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"

/** Validation: the customer is not banned yet (422 otherwise). No compensation. */
export const validateBanStep = createStep("auctions-validate-ban", async (customerId: string, { container }) => {
  const existing = await auctionOf(container).listAuctionBans({ customer_id: customerId })
  if (existing.length) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `customer_id ${customerId} is already banned`)
  return new StepResponse(undefined)
})

import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { settleClosedLotWorkflow } from "./settle-closed-lot"
import { BuyNowLotInput, buyNowLotStep } from "./steps/buy-now-lot"

/**
 * Buy-now: ends the lot with the buyer as winner and settles it (cart, event,
 * mails). A rejection is returned, not thrown, like a rejected bid.
 */
export const buyNowLotWorkflow = createWorkflow("auctions-buy-now-lot", (input: BuyNowLotInput) => {
  const result = buyNowLotStep(input)
  const cartId = when("auctions-bought", { result }, ({ result }) => !result.rejection).then(() =>
    settleClosedLotWorkflow.runAsStep({ input: transform({ result }, ({ result }) => result.lot) })
  )
  return new WorkflowResponse(
    transform({ result, cartId }, ({ result, cartId }) => ({
      lot: result.lot,
      rejection: result.rejection,
      cart_id: cartId ?? null,
    }))
  )
})

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import { attachWinnerCartStep } from "./steps/attach-winner-cart"
import { prepareWinnerCartStep, WinnerCartInput } from "./steps/prepare-winner-cart"

export type { WinnerCartInput }

/**
 * Gives the lot's winner a cart holding the variant at the winning price
 * (Medusa's createCartWorkflow) and records it on the lot once; if another
 * worker recorded one first, this run's cart is deleted again by compensation.
 */
export const createWinnerCartWorkflow = createWorkflow("auctions-create-winner-cart", (input: WinnerCartInput) => {
  const cartInput = prepareWinnerCartStep(input)
  const cart = createCartWorkflow.runAsStep({ input: cartInput })
  const cartId = attachWinnerCartStep(transform({ input, cart }, ({ input, cart }) => ({ lot_id: input.lot_id, cart_id: cart.id })))
  return new WorkflowResponse(cartId)
})

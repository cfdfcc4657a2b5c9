import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"

export type AttachWinnerCartInput = { lot_id: string; cart_id: string }

/**
 * Records the winner's cart on the lot, once. When another worker attached one
 * first it fails, so the cart created for this run is compensated (deleted).
 * Compensation detaches the cart.
 */
export const attachWinnerCartStep = createStep(
  "auctions-attach-winner-cart",
  async (input: AttachWinnerCartInput, { container }) => {
    if (!(await auctionOf(container).attachCart(input.lot_id, input.cart_id))) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Auction lot ${input.lot_id} already has a cart`)
    }
    return new StepResponse(input.cart_id, input)
  },
  async (undo, { container }) => {
    if (!undo) return
    await auctionOf(container).detachCart(undo.lot_id, undo.cart_id)
  }
)

import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"
import { SettlementCart } from "../../../modules/auction/settlement"

export type MarkLotPaidInput = { cart_id: string | null; order: SettlementCart }

/**
 * Marks the lot awaiting payment through this cart paid, when the order holds
 * exactly the lot's line at the won price (null otherwise: no lot, or an order
 * that is not the lot, which is logged by id and leaves the lot awaiting).
 * Compensation restores the lot.
 */
export const markLotPaidStep = createStep(
  "auctions-mark-lot-paid",
  async (input: MarkLotPaidInput, { container }) => {
    const change = input.cart_id ? await auctionOf(container).markPaid(input.cart_id, input.order) : null
    if (!change) return new StepResponse(null)
    if ("refused" in change) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`auctions: order ${input.order.id} does not pay auction lot ${change.lot_id} (it ${change.refused}); the lot still awaits payment`)
      return new StepResponse(null)
    }
    return new StepResponse(change.lot, {
      before: change.before,
      after: { updated_at: change.lot.updated_at, sequence: change.lot.sequence },
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    await auctionOf(container).restoreLot(undo.before, undo.after)
  }
)

import { CreateCartWorkflowInputDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"
import { fromCents } from "../../../utils/money"

export type WinnerCartInput = { lot_id: string; customer_id: string; variant_id: string; price_cents: number }

/** Reads what the winner's cart needs (e-mail, region option). Read-only, no compensation. */
export const prepareWinnerCartStep = createStep(
  "auctions-prepare-winner-cart-step",
  async (input: WinnerCartInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "email"],
      filters: { id: input.customer_id },
    })
    const cart: CreateCartWorkflowInputDTO = {
      region_id: auctionOf(container).getOptions().regionId,
      customer_id: input.customer_id,
      email: customers[0]?.email ?? undefined,
      items: [{ variant_id: input.variant_id, quantity: 1, unit_price: fromCents(input.price_cents)! }],
      metadata: { auction_lot_id: input.lot_id },
    }
    return new StepResponse(cart)
  }
)

import { CreateCartWorkflowInputDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { auctionOf } from "../../../modules/auction/resolve"
import { LOT_LINE_KEY } from "../../../modules/auction/settlement"
import { LotRow } from "../../../modules/auction/types"
import { fromCents } from "../../../utils/money"

export type WinnerCartInput = { lot_id: string; customer_id: string; variant_id: string; price_cents: number }

/**
 * Reads what the winner's cart needs (e-mail, region option, the lot's sales
 * channel and currency). The lot's line carries metadata.auction_lot_id: the
 * Store API may not change it (api/store/carts/middlewares.ts). Read-only, no
 * compensation.
 */
export const prepareWinnerCartStep = createStep("auctions-prepare-winner-cart", async (input: WinnerCartInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id", "email"],
    filters: { id: input.customer_id },
  })
  const auction = auctionOf(container)
  const [lot] = (await auction.listAuctionLots({ id: input.lot_id }, { select: ["id", "currency_code", "sales_channel_id"] })) as unknown as Pick<
    LotRow,
    "currency_code" | "sales_channel_id"
  >[]
  const cart: CreateCartWorkflowInputDTO = {
    region_id: auction.getOptions().regionId,
    // null: createCartWorkflow takes the store's default sales channel.
    sales_channel_id: lot?.sales_channel_id ?? undefined,
    customer_id: input.customer_id,
    email: customers[0]?.email ?? undefined,
    items: [
      {
        variant_id: input.variant_id,
        quantity: 1,
        unit_price: fromCents(input.price_cents, lot?.currency_code)!,
        metadata: { [LOT_LINE_KEY]: input.lot_id },
      },
    ],
    metadata: { auction_lot_id: input.lot_id },
  }
  return new StepResponse(cart)
})

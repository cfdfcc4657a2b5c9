import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { AuctionEvents } from "../../events"
import { SettlementCart } from "../../modules/auction/settlement"
import { markLotPaidStep } from "./steps/mark-lot-paid"

/** An order placed from a winner's auction cart marks the lot paid, if it holds exactly the lot at the won price. */
export const markLotPaidWorkflow = createWorkflow("auctions-mark-lot-paid", (input: { order_id: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    // "items.detail.quantity": an order line's quantity lives on the order item, not the line (order module's formatOrder).
    fields: [
      "id",
      "customer_id",
      "currency_code",
      "cart.id",
      "items.id",
      "items.variant_id",
      "items.quantity",
      "items.detail.quantity",
      "items.unit_price",
      "items.metadata",
    ],
    filters: { id: input.order_id },
  })
  const lot = markLotPaidStep(
    transform({ orders, input }, ({ orders, input }) => {
      const order = (orders[0] ?? { id: input.order_id }) as SettlementCart & { cart?: { id?: string } | null }
      return { cart_id: order.cart?.id ?? null, order: { ...order, id: input.order_id } }
    })
  )
  when("auctions-lot-paid", { lot }, ({ lot }) => !!lot).then(() => {
    emitEventStep({ eventName: AuctionEvents.LOT_PAID, data: transform({ lot }, ({ lot }) => ({ id: lot!.id })) })
  })
  return new WorkflowResponse(lot)
})

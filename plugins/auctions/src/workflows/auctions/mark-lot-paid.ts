import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { AuctionEvents } from "../../events"
import { markLotPaidStep } from "./steps/mark-lot-paid"

/** An order placed from a winner's auction cart marks the lot paid. */
export const markLotPaidWorkflow = createWorkflow("auctions-mark-lot-paid", (input: { order_id: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "cart.id"],
    filters: { id: input.order_id },
  })
  const lot = markLotPaidStep(
    transform({ orders, input }, ({ orders, input }) => ({
      cart_id: (orders[0] as { cart?: { id?: string } } | undefined)?.cart?.id ?? null,
      order_id: input.order_id,
    }))
  )
  when("auctions-lot-paid", { lot }, ({ lot }) => !!lot).then(() => {
    emitEventStep({ eventName: AuctionEvents.LOT_PAID, data: transform({ lot }, ({ lot }) => ({ id: lot!.id })) })
  })
  return new WorkflowResponse(lot)
})

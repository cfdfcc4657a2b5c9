import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { anonymizeOrders } from "../../../utils/medusa-core-data"

/**
 * Fully anonymises orders whose fiscal window has ended. Irreversible by design, so no
 * compensation; the metadata marker makes a re-run a no-op.
 */
export const anonymizeFiscalOrdersStep = createStep("privacy-anonymize-fiscal-orders", async (orderIds: string[], { container }) => {
  const orderModule = container.resolve(Modules.ORDER)
  const paymentModule = container.resolve(Modules.PAYMENT)
  const query = container.resolve("query") as any
  const orders = await orderModule.listOrders({ id: orderIds }, {
    select: ["id", "email", "customer_id", "metadata"],
    relations: ["shipping_address", "billing_address"],
  })
  const changes = await orderModule.listOrderChanges({ order_id: orderIds }, { select: ["id", "details"], relations: ["actions"] })
  const { data } = await query.graph({ entity: "order", fields: ["id", "payment_collections.id"], filters: { id: orderIds } })
  const pcIds = data.flatMap((o: any) => (o.payment_collections ?? []).filter(Boolean).map((pc: any) => pc.id))
  const sessions = pcIds.length
    ? await paymentModule.listPaymentSessions({ payment_collection_id: pcIds }, { select: ["id", "data", "context"] })
    : []
  const counts: Record<string, number> = {}
  await anonymizeOrders(container, orders, changes, sessions, "fiscal", counts)
  return new StepResponse(counts)
})

import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toMajor } from "../providers/multisafepay/core/money"
import { MspOrder } from "../providers/multisafepay/core/types"
import { multisafepayStore } from "./late-payments"

/**
 * A chargeback on a paid order becomes an open dispute (once per MultiSafepay order) naming the order and its
 * customer, so the privacy plugin holds that customer's erasure until a merchant resolves it. Without the
 * plugin's module (provider-only install) there is nowhere to keep it, and nothing happens.
 */
export async function recordChargeback(container: MedusaContainer, { sessionId, order }: { sessionId: string; order: MspOrder }) {
  const store = multisafepayStore(container)
  if (!store) return undefined
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({
    entity: "payment_session",
    fields: ["id", "payment_collection_id", "currency_code"],
    filters: { id: sessionId },
    withDeleted: true,
  })
  const session = sessions[0] as { payment_collection_id: string; currency_code: string } | undefined
  if (!session) return undefined
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: session.payment_collection_id },
  })
  const orderId = (links[0] as { order_id?: string } | undefined)?.order_id ?? null
  const { data: orders } = orderId ? await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: orderId } }) : { data: [] as unknown[] }
  const { dispute, created } = await store.recordDispute({
    msp_order_id: String(order.order_id),
    payment_session_id: sessionId,
    order_id: orderId,
    customer_id: (orders[0] as { customer_id?: string | null } | undefined)?.customer_id ?? null,
    amount: toMajor(order.amount, order.currency),
    currency_code: String(order.currency ?? session.currency_code).toLowerCase(),
  })
  if (created) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`MultiSafepay: chargeback on order ${orderId ?? "(none)"} recorded as dispute ${dispute.id}`)
  }
  return dispute
}

import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { RecordDisputeInput } from "../modules/multisafepay/service"
import { toMajor } from "../providers/multisafepay/core/money"
import { MspOrder } from "../providers/multisafepay/core/types"
import { multisafepayStore } from "./late-payments"

/**
 * The dispute a chargeback on a paid order becomes (reads only): the order and its customer, so the privacy plugin
 * holds that customer's erasure until a merchant resolves it. `undefined` without the plugin's module (provider-only
 * install: there is nowhere to keep it) or without the session. The write is the record-dispute step's.
 */
export async function disputeOfChargeback(
  container: MedusaContainer,
  { sessionId, order }: { sessionId: string; order: MspOrder }
): Promise<RecordDisputeInput | undefined> {
  if (!multisafepayStore(container)) return undefined
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
  return {
    msp_order_id: String(order.order_id),
    payment_session_id: sessionId,
    order_id: orderId,
    customer_id: (orders[0] as { customer_id?: string | null } | undefined)?.customer_id ?? null,
    amount: toMajor(order.amount, order.currency),
    currency_code: String(order.currency ?? session.currency_code).toLowerCase(),
  }
}

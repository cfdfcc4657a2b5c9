import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MultiSafepayBase } from "../providers/multisafepay/core/multisafepay-base"
import { MspOrder, MultiSafepaySessionData } from "../providers/multisafepay/core/types"

/** A Medusa payment's next `data`, as a step writes it (`updateMultiSafepayPaymentDataStep`). */
export type PaymentDataUpdate = { id: string; data: MultiSafepaySessionData }

/**
 * The data to store (reads only) for a status MultiSafepay reported (and the provider re-fetched) on the
 * session's Medusa payment, as "Sync status" does, so the order's MultiSafepay widget shows it at once (a
 * chargeback: nothing in the shop writes the payment's data at that moment, unlike a refund the shop makes,
 * whose own write it could race). Only the payment of that MultiSafepay order; the stored state never moves back.
 */
export async function fetchedStatusUpdates(
  container: MedusaContainer,
  provider: MultiSafepayBase,
  { sessionId, order }: { sessionId: string; order: MspOrder }
): Promise<PaymentDataUpdate[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields: ["id", "data"], filters: { payment_session_id: sessionId } })
  return (data as { id: string; data: MultiSafepaySessionData | null }[])
    .filter((p) => p.data && p.data.order_id === order.order_id)
    .map((p) => ({ id: p.id, data: provider.applyOrder(p.data!, order).data }))
}

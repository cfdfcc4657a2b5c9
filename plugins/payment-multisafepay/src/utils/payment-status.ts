import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MultiSafepayBase } from "../providers/multisafepay/core/multisafepay-base"
import { MspOrder, MultiSafepaySessionData } from "../providers/multisafepay/core/types"

/**
 * Stores a status MultiSafepay reported (and the provider re-fetched) on the session's Medusa payment, as
 * "Sync status" does, so the order's MultiSafepay widget shows it at once (a chargeback: nothing in the shop
 * writes the payment's data at that moment, unlike a refund the shop makes, whose own write it could race).
 * Only the payment of that MultiSafepay order; the stored state never moves back.
 */
export async function storeFetchedStatus(container: MedusaContainer, provider: MultiSafepayBase, { sessionId, order }: { sessionId: string; order: MspOrder }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields: ["id", "data"], filters: { payment_session_id: sessionId } })
  const paymentModule = container.resolve(Modules.PAYMENT)
  let updated = 0
  for (const p of data as { id: string; data: MultiSafepaySessionData | null }[]) {
    if (!p.data || p.data.order_id !== order.order_id) continue
    const { data: next } = provider.applyOrder(p.data, order)
    // UpdatePaymentDTO omits `data`, but the module stores it (payment-module updatePayment passes it through).
    await paymentModule.updatePayment({ id: p.id, data: next } as unknown as Parameters<typeof paymentModule.updatePayment>[0])
    updated++
  }
  return updated
}

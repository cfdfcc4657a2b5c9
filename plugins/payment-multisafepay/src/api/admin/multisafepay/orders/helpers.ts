import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The MultiSafepay payments of an order, as the admin widget shows them (ids and statuses only). */
export async function multisafepayPaymentsOf(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.amount",
      "payment_collections.payments.currency_code",
    ],
    filters: { id: orderId },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  return ((data[0] as any).payment_collections ?? []).flatMap((c: any) => c.payments ?? []).filter((p: any) => p.provider_id?.startsWith("pp_multisafepay"))
}

export function present(p: any) {
  const d = p.data ?? {}
  return {
    payment_id: p.id,
    msp_order_id: d.order_id ?? null,
    transaction_id: d.transaction_id ?? null,
    payment_type: d.payment_type ?? d.gateway ?? null,
    status: d.msp_status ?? null,
    financial_status: d.msp_financial_status ?? null,
    captured_at: p.captured_at ?? null,
    amount: p.amount != null ? Number(p.amount) : null,
    currency_code: p.currency_code ?? null,
    late_payment: !!d.late_payment,
    status_history: d.status_history ?? [],
    refunds: d.refunds ?? [],
  }
}

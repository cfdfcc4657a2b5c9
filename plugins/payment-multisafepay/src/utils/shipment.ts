import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MultiSafepayShipment } from "../providers/multisafepay/core/types"
import { isMultiSafepayProviderId, resolveMultiSafepayProvider } from "./provider"

export type OrderPayment = {
  id: string
  provider_id: string
  data: { order_id?: string; bnpl?: boolean } | null
  captured_at: string | Date | null
  canceled_at: string | Date | null
}

/** The order's payments made through MultiSafepay (any provider id `pp_multisafepay_*`). */
export async function multisafepayPaymentsOfOrder(container: MedusaContainer, orderId: string): Promise<OrderPayment[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: orderId },
  })
  const payments = ((data[0] as any)?.payment_collections ?? []).flatMap((c: any) => c?.payments ?? [])
  return payments.filter((p: { provider_id?: string }) => isMultiSafepayProviderId(p.provider_id))
}

type Label = { tracking_number?: string | null; tracking_url?: string | null }

/** The order of a fulfilment and its track-and-trace as MultiSafepay takes it (null without a tracking number). */
export async function shipmentOfFulfillment(container: MedusaContainer, fulfillmentId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "order.id", "shipped_at", "created_at", "labels.tracking_number", "labels.tracking_url", "shipping_option.name"],
    filters: { id: fulfillmentId },
  })
  const f = data[0] as any
  const label = ((f?.labels ?? []) as Label[]).find((l) => l.tracking_number)
  const shipment: MultiSafepayShipment | null = label
    ? {
        tracktrace_code: label.tracking_number!,
        ...(label.tracking_url ? { tracktrace_url: label.tracking_url } : {}),
        ...(f.shipping_option?.name ? { carrier: f.shipping_option.name } : {}),
        ship_date: new Date(f.shipped_at ?? f.created_at ?? Date.now()).toISOString().slice(0, 10),
      }
    : null
  return { orderId: (f?.order?.id as string | undefined) ?? null, shipment }
}

/**
 * Sends the ship update with track-and-trace for every live MultiSafepay payment of the order. A failure is
 * logged by ids only and does not undo the shipment in Medusa (the merchant can add tracking in MultiSafepay).
 */
export async function sendShipmentToMultiSafepay(container: MedusaContainer, orderId: string, shipment: MultiSafepayShipment) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let sent = 0
  for (const p of await multisafepayPaymentsOfOrder(container, orderId)) {
    if (p.canceled_at || !p.data?.order_id) continue
    const provider = resolveMultiSafepayProvider(container, p.provider_id)
    if (!provider) {
      logger.warn(`MultiSafepay: ship update for payment ${p.id} of order ${orderId} skipped: provider ${p.provider_id} is not configured`)
      continue
    }
    try {
      await provider.markShipped(p.data.order_id, shipment)
      sent += 1
    } catch (e) {
      logger.warn(`MultiSafepay: ship update for payment ${p.id} of order ${orderId} failed: ${(e as { type?: string }).type ?? (e as Error).name}`)
    }
  }
  return sent
}

import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Verification } from "../modules/review/types"

/**
 * The verification level of a customer's review, from their real orders of
 * the product: `delivered` when a fulfilment of such an order was delivered,
 * `ordered` when one exists, with the first purchase date. Never from a client.
 */
export async function computeVerification(
  container: Pick<MedusaContainer, "resolve">,
  customerId: string,
  productId: string
): Promise<{ verification: Verification; purchased_at: string | null }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "status", "created_at", "items.product_id", "fulfillments.delivered_at", "fulfillments.canceled_at"],
    filters: { customer_id: customerId },
  })
  const matching = (orders as any[]).filter((o) => o.status !== "canceled" && (o.items ?? []).some((i: any) => i?.product_id === productId))
  if (!matching.length) return { verification: "none", purchased_at: null }
  const first = matching.map((o) => new Date(o.created_at)).sort((a, b) => a.getTime() - b.getTime())[0]
  const delivered = matching.some((o) => (o.fulfillments ?? []).some((f: any) => f?.delivered_at && !f.canceled_at))
  return {
    verification: delivered ? "delivered" : "ordered",
    purchased_at: first.toISOString(),
  }
}

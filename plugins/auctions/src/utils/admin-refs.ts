import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BidRow, LotRow } from "../modules/auction/types"

export type VariantRef = {
  id: string
  title: string | null
  sku: string | null
  product: { id: string; title: string; thumbnail: string | null } | null
}
export type CustomerRef = { id: string; first_name: string | null; last_name: string | null; email: string }
export type OrderRef = { id: string; display_id: number }

const uniq = (v: (string | null | undefined)[]) => [...new Set(v.filter((x): x is string => !!x))]

/**
 * What the admin shows instead of ids: the variant's product and SKU, the
 * customers' names and e-mails, the order number. Read through Query, so the
 * plugin does not depend on the product/customer/order modules' services.
 */
export async function adminRefs(container: MedusaContainer, lots: LotRow[], bids: BidRow[] = []) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = uniq(lots.map((l) => l.variant_id))
  const customerIds = uniq([
    ...lots.flatMap((l) => [l.winner_customer_id, l.leader_customer_id, l.lapsed_winner_customer_id]),
    ...bids.map((b) => b.customer_id),
  ])
  const orderIds = uniq(lots.map((l) => l.order_id))
  const [variants, customers, orders] = await Promise.all([
    variantIds.length
      ? query.graph({
          entity: "product_variant",
          fields: ["id", "title", "sku", "product.id", "product.title", "product.thumbnail"],
          filters: { id: variantIds },
        })
      : { data: [] },
    customerIds.length ? query.graph({ entity: "customer", fields: ["id", "first_name", "last_name", "email"], filters: { id: customerIds } }) : { data: [] },
    orderIds.length ? query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } }) : { data: [] },
  ])
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]))
  return {
    variants: byId(variants.data as unknown as VariantRef[]),
    customers: byId(customers.data as unknown as CustomerRef[]),
    orders: byId(orders.data as unknown as OrderRef[]),
  }
}

export type AdminRefs = Awaited<ReturnType<typeof adminRefs>>

/** The lot's references for the admin, null where the thing no longer exists. */
export function lotRefs(lot: LotRow, refs: AdminRefs) {
  const v = refs.variants.get(lot.variant_id) ?? null
  return {
    variant: v ? { id: v.id, title: v.title, sku: v.sku, product: v.product ?? null } : null,
    winner: lot.winner_customer_id ? (refs.customers.get(lot.winner_customer_id) ?? null) : null,
    leader: lot.leader_customer_id ? (refs.customers.get(lot.leader_customer_id) ?? null) : null,
    order: lot.order_id ? (refs.orders.get(lot.order_id) ?? null) : null,
  }
}

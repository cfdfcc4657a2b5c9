import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ReviewRow } from "../../../modules/review/types"

export const actorOf = (req: AuthenticatedMedusaRequest) => `user:${req.auth_context?.actor_id ?? "unknown"}`

/** Customers and product titles for a page of reviews (admin only). */
export async function contextFor(scope: AuthenticatedMedusaRequest["scope"], rows: ReviewRow[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const customerIds = [...new Set(rows.map((r) => r.customer_id).filter((id): id is string => !!id))]
  const productIds = [...new Set(rows.map((r) => r.product_id))]
  const [customers, products] = await Promise.all([
    customerIds.length
      ? query.graph({
          entity: "customer",
          fields: ["id", "email", "first_name", "last_name"],
          filters: { id: customerIds },
        })
      : { data: [] },
    productIds.length
      ? query.graph({
          entity: "product",
          fields: ["id", "title", "thumbnail"],
          filters: { id: productIds },
        })
      : { data: [] },
  ])
  return {
    customers: new Map((customers.data as any[]).map((c) => [c.id, c])),
    products: new Map((products.data as any[]).map((p) => [p.id, p])),
  }
}

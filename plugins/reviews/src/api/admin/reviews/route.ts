import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsOf } from "../../../modules/review/resolve"
import { adminReview } from "../../../utils/serialize"
import { contextFor } from "./helpers"
import { AdminListReviewsType } from "./validators"

/** The moderation queue: filters by status, rating, flag, product, customer; oldest first by default. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as AdminListReviewsType
  const reviews = reviewsOf(req.scope)
  const { rows, count } = await reviews.listForQueue({
    status: q.status === undefined ? undefined : Array.isArray(q.status) ? q.status : [q.status],
    rating: q.rating,
    flagged: q.flagged,
    product_id: q.product_id,
    customer_id: q.customer_id,
    limit: q.limit,
    offset: q.offset,
    oldest_first: q.order === "oldest",
  })
  const [photos, ctx] = await Promise.all([reviews.photosOf(rows.map((r) => r.id)), contextFor(req.scope, rows)])
  res.json({
    reviews: rows.map((r) => ({
      ...adminReview(r, photos.get(r.id) ?? [], r.customer_id ? ctx.customers.get(r.customer_id) : null),
      product: ctx.products.get(r.product_id) ?? null,
    })),
    count,
    offset: q.offset,
    limit: q.limit,
  })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { reviewsOf } from "../../../../modules/review/resolve"
import { adminReview } from "../../../../utils/serialize"
import { deleteReviewWorkflow } from "../../../../workflows/reviews/delete-review"
import { actorOf, contextFor } from "../helpers"

/** One review with its photos, customer, product and whole audit trail. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const reviews = reviewsOf(req.scope)
  const row = await reviews.getReviewRow(req.params.id)
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${req.params.id} was not found`)
  const [photos, ctx, audit] = await Promise.all([reviews.photosOf([row.id]), contextFor(req.scope, [row]), reviews.auditOf(row.id)])
  res.json({
    review: {
      ...adminReview(row, photos.get(row.id) ?? [], row.customer_id ? ctx.customers.get(row.customer_id) : null),
      product: ctx.products.get(row.product_id) ?? null,
    },
    audit: audit.map((a: any) => ({
      ...a,
      created_at: new Date(a.created_at).toISOString(),
    })),
  })
}

/** Deletes a review (audited). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteReviewWorkflow(req.scope).run({
    input: { review_id: req.params.id, actor: actorOf(req) },
  })
  res.json({ id: req.params.id, object: "review", deleted: true })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsOf } from "../../../../modules/review/resolve"
import { namesFor, ownReview } from "../../../../utils/serialize"
import { deleteReviewWorkflow } from "../../../../workflows/reviews/delete-review"
import { editReviewWorkflow } from "../../../../workflows/reviews/edit-review"
import { checkLengths, customerIdOf } from "../helpers"
import { StoreEditReviewType } from "../validators"

/** Edits the customer's own review; it goes back to moderation (a finally rejected one cannot). */
export async function POST(req: AuthenticatedMedusaRequest<StoreEditReviewType>, res: MedusaResponse) {
  const customerId = customerIdOf(req)
  checkLengths(req, req.validatedBody)
  await editReviewWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      review_id: req.params.id,
      customer_id: customerId,
    },
  })
  const reviews = reviewsOf(req.scope)
  const row = (await reviews.getReviewRow(req.params.id))!
  const [names, photos] = await Promise.all([namesFor(req.scope, [row]), reviews.photosOf([row.id])])
  res.json({ review: ownReview(row, names, photos.get(row.id) ?? [], null) })
}

/** Deletes the customer's own review with its photos and votes. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = customerIdOf(req)
  await deleteReviewWorkflow(req.scope).run({
    input: {
      review_id: req.params.id,
      customer_id: customerId,
      actor: `customer:${customerId}`,
    },
  })
  res.json({ id: req.params.id, object: "review", deleted: true })
}

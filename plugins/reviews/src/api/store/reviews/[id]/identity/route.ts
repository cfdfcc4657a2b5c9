import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsOf } from "../../../../../modules/review/resolve"
import { namesFor, ownReview } from "../../../../../utils/serialize"
import { setReviewIdentityWorkflow } from "../../../../../workflows/reviews/set-identity"
import { customerIdOf } from "../../helpers"
import { StoreSetIdentityType } from "../../validators"

/** Chooses how the reviewer is named on this review: full name, first name + initial, pseudonym or anonymous. */
export async function POST(req: AuthenticatedMedusaRequest<StoreSetIdentityType>, res: MedusaResponse) {
  const customerId = customerIdOf(req)
  await setReviewIdentityWorkflow(req.scope).run({
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

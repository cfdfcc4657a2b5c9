import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsOf } from "../../../../../modules/review/resolve"
import { namesFor, ownReview } from "../../../../../utils/serialize"
import { addReviewPhotoWorkflow } from "../../../../../workflows/reviews/add-photo"
import { customerIdOf } from "../../helpers"
import { StoreAddPhotoType } from "../../validators"

/** Adds a photo (JPEG, PNG or WebP as base64); stored re-encoded without metadata; the review returns to moderation. */
export async function POST(req: AuthenticatedMedusaRequest<StoreAddPhotoType>, res: MedusaResponse) {
  const customerId = customerIdOf(req)
  const { result } = await addReviewPhotoWorkflow(req.scope).run({
    input: {
      review_id: req.params.id,
      customer_id: customerId,
      content_base64: req.validatedBody.content_base64,
    },
  })
  const reviews = reviewsOf(req.scope)
  const row = (await reviews.getReviewRow(req.params.id))!
  const [names, photos] = await Promise.all([namesFor(req.scope, [row]), reviews.photosOf([row.id])])
  res.status(201).json({
    photo_id: result.photo_id,
    review: ownReview(row, names, photos.get(row.id) ?? [], null),
  })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeReviewPhotoWorkflow } from "../../../../../../workflows/reviews/remove-photo"
import { customerIdOf } from "../../../helpers"

/** Removes a photo of the customer's own review, and its file from storage. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = customerIdOf(req)
  await removeReviewPhotoWorkflow(req.scope).run({
    input: {
      review_id: req.params.id,
      customer_id: customerId,
      photo_id: req.params.photo_id,
    },
  })
  res.json({ id: req.params.photo_id, object: "review_photo", deleted: true })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsOf } from "../../../../../modules/review/resolve"
import { adminReview } from "../../../../../utils/serialize"
import { moderateReviewWorkflow } from "../../../../../workflows/reviews/moderate-review"
import { actorOf } from "../../helpers"
import { AdminModerateReviewType } from "../../validators"

/** Approve or reject a pending review, or unpublish an approved one, with a reason code of the current policy. */
export async function POST(req: AuthenticatedMedusaRequest<AdminModerateReviewType>, res: MedusaResponse) {
  const { result } = await moderateReviewWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      review_id: req.params.id,
      actor: actorOf(req),
    },
  })
  const photos = await reviewsOf(req.scope).photosOf([result.id])
  res.json({ review: adminReview(result, photos.get(result.id) ?? []) })
}

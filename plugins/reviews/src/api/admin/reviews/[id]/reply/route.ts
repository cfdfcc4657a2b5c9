import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminReview } from "../../../../../utils/serialize"
import { setReviewReplyWorkflow } from "../../../../../workflows/reviews/set-reply"
import { actorOf } from "../../helpers"

/** Sets or edits the shop's public reply under a review (audited). */
export async function POST(req: AuthenticatedMedusaRequest<{ body: string }>, res: MedusaResponse) {
  const { result } = await setReviewReplyWorkflow(req.scope).run({
    input: {
      review_id: req.params.id,
      body: req.validatedBody.body,
      actor: actorOf(req),
    },
  })
  res.json({ review: adminReview(result, []) })
}

/** Removes the reply (audited). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await setReviewReplyWorkflow(req.scope).run({
    input: { review_id: req.params.id, body: null, actor: actorOf(req) },
  })
  res.json({ review: adminReview(result, []) })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toggleReviewVoteWorkflow } from "../../../../../workflows/reviews/toggle-vote"
import { customerIdOf } from "../../helpers"

/** Toggles the customer's "helpful" vote on a published review (not their own). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = customerIdOf(req)
  const { result } = await toggleReviewVoteWorkflow(req.scope).run({
    input: { review_id: req.params.id, customer_id: customerId },
  })
  res.json({
    vote: { review_id: req.params.id, helpful: result.helpful },
    helpful_count: result.helpful_count,
  })
}

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsOf } from "../../../modules/review/resolve"

/**
 * Claims up to `limit` due review requests (sent_at set under SKIP LOCKED, opted-out customers marked skipped).
 * Compensation makes exactly those requests due again, with their previous updated_at. Ids only.
 */
export const claimDueRequestsStep = createStep(
  "reviews-claim-due-requests",
  async (input: { limit: number }, { container }) => {
    const claim = await reviewsOf(container).claimDueRequests(input.limit)
    return new StepResponse(claim.claimed, {
      claimed_ids: claim.claimed.map((r) => r.id),
      skipped_ids: claim.skipped_ids,
      claimed_at: claim.claimed_at,
      previous_updated_at: claim.previous_updated_at,
    })
  },
  async (undo, { container }) => {
    if (undo && (undo.claimed_ids.length || undo.skipped_ids.length)) await reviewsOf(container).unclaimRequests(undo)
  }
)

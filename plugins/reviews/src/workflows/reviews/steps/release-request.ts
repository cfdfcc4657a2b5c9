import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsOf } from "../../../modules/review/resolve"

/** Releases a claimed request whose mail could not be handed over (due again next run); compensation claims it back. */
export const releaseRequestStep = createStep(
  "reviews-release-request",
  async (id: string, { container }) => {
    const sentAt = await reviewsOf(container).releaseRequest(id)
    return new StepResponse(undefined, sentAt ? { id, sent_at: sentAt } : undefined)
  },
  async (undo, { container }) => {
    if (undo) await reviewsOf(container).reclaimRequest(undo.id, undo.sent_at)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsOf } from "../../../modules/review/resolve"

/** Records a customer's opt-out of review request mails (once); compensation deletes the row it created. */
export const recordOptOutStep = createStep(
  "reviews-record-opt-out",
  async (input: { customer_id: string }, { container }) => {
    const id = await reviewsOf(container).optOut(input.customer_id)
    return new StepResponse(id, id ?? undefined)
  },
  async (id, { container }) => {
    if (id) await reviewsOf(container).deleteReviewOptOuts(id)
  }
)

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../events"
import { ReviewContent } from "../../modules/review/types"
import { computeVerificationStep } from "./steps/compute-verification"
import { loadOwnReviewStep } from "./steps/load-own-review"
import { editReviewStep } from "./steps/transitions"

export type EditReviewInput = Partial<ReviewContent> & {
  review_id: string
  customer_id: string
}

/** Edits the customer's own review; it returns to moderation with a fresh verification level. */
export const editReviewWorkflow = createWorkflow("reviews-edit-review", (input: EditReviewInput) => {
  const own = loadOwnReviewStep(
    transform({ input }, ({ input }) => ({
      review_id: input.review_id,
      customer_id: input.customer_id,
    }))
  )
  const verification = computeVerificationStep(
    transform({ input, own }, ({ input, own }) => ({
      customer_id: input.customer_id,
      product_id: own.product_id,
    }))
  )
  const result = editReviewStep(
    transform({ input, verification }, ({ input, verification }) => ({
      ...input,
      ...verification,
    }))
  )
  emitEventStep({
    eventName: ReviewEvents.UPDATED,
    data: transform({ result }, ({ result }) => ({ id: result.review_id })),
  })
  return new WorkflowResponse(transform({ result }, ({ result }) => result.after!))
})

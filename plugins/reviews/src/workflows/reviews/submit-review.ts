import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../events"
import { IdentityChoice, ReviewContent } from "../../modules/review/types"
import { computeVerificationStep } from "./steps/compute-verification"
import { submitReviewStep } from "./steps/transitions"
import { validateProductStep } from "./steps/validate-product"

export type SubmitReviewInput = ReviewContent & {
  customer_id: string
  product_id: string
  sales_channel_ids: string[]
  identity?: IdentityChoice
  pseudonym?: string | null
}

/**
 * Submits a review (pending moderation), or replaces the customer's review of
 * the product: the product must be visible in the key's sales channel, the
 * verification level comes from the customer's orders.
 */
export const submitReviewWorkflow = createWorkflow("reviews-submit-review", (input: SubmitReviewInput) => {
  validateProductStep(
    transform({ input }, ({ input }) => ({
      product_id: input.product_id,
      sales_channel_ids: input.sales_channel_ids,
    }))
  )
  const verification = computeVerificationStep(
    transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      product_id: input.product_id,
    }))
  )
  const result = submitReviewStep(
    transform({ input, verification }, ({ input, verification }) => {
      const { sales_channel_ids: _sc, ...rest } = input
      return { ...rest, ...verification }
    })
  )
  emitEventStep({
    eventName: transform({ result }, ({ result }) => (result.created ? ReviewEvents.CREATED : ReviewEvents.UPDATED)),
    data: transform({ result }, ({ result }) => ({ id: result.review_id })),
  })
  return new WorkflowResponse(
    transform({ result }, ({ result }) => ({
      review: result.after!,
      created: result.created,
    }))
  )
})

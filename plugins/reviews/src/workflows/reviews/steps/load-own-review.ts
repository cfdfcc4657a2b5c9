import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsOf } from "../../../modules/review/resolve"

/** The product of a customer's own review; another customer's review answers 404 like an unknown one. */
export const loadOwnReviewStep = createStep("reviews-load-own-review", async (input: { review_id: string; customer_id: string }, { container }) => {
  const [review] = await reviewsOf(container).listReviews({ id: input.review_id, customer_id: input.customer_id }, { select: ["id", "product_id"], take: 1 })
  if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${input.review_id} was not found`)
  return new StepResponse({ product_id: review.product_id as string })
})

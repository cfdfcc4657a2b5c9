import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsOf } from "../../../modules/review/resolve"
import { computeVerification } from "../../../utils/verification"

/** Computes the verification level from the customer's real orders; with "buyers only", refuses non-buyers. */
export const computeVerificationStep = createStep("reviews-compute-verification", async (input: { customer_id: string; product_id: string }, { container }) => {
  const result = await computeVerification(container, input.customer_id, input.product_id)
  if (reviewsOf(container).getOptions().buyersOnly && result.verification === "none") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only customers who ordered product ${input.product_id} can review it`)
  }
  return new StepResponse(result)
})

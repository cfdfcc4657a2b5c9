import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsOf } from "../../../modules/review/resolve"
import ReviewModuleService, { TransitionResult } from "../../../modules/review/service"

/**
 * A step running one locked transition of the review module; its compensation
 * reverts exactly that transition (row snapshot, summary, added/removed rows, audit).
 */
export function reviewTransitionStep<I>(name: string, run: (reviews: ReviewModuleService, input: I) => Promise<TransitionResult>) {
  return createStep(
    name,
    async (input: I, { container }) => {
      const t = await run(reviewsOf(container), input)
      return new StepResponse(t, t)
    },
    async (t, { container }) => {
      if (t) await reviewsOf(container).revertTransition(t)
    }
  )
}

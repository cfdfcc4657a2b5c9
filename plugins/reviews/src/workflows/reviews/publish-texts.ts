import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsOf } from "../../modules/review/resolve"
import { PolicyContent } from "../../modules/review/types"

/** Publishes the next moderation policy version; compensation removes it. */
export const publishPolicyStep = createStep(
  "reviews-publish-policy",
  async (input: { content: PolicyContent; actor: string }, { container }) => {
    const row = await reviewsOf(container).publishPolicy(input)
    return new StepResponse(row, row.id)
  },
  async (id, { container }) => {
    if (id) await reviewsOf(container).deleteReviewPolicyVersions(id)
  }
)

/** Publishes the next "how we check reviews" text; compensation removes it. */
export const publishCheckTextStep = createStep(
  "reviews-publish-check-text",
  async (input: { body_nl: string; body_en: string; actor: string }, { container }) => {
    const row = await reviewsOf(container).publishCheckText(input)
    return new StepResponse(row, row.id)
  },
  async (id, { container }) => {
    if (id) await reviewsOf(container).deleteReviewCheckTexts(id)
  }
)

/** Publishes a new, immutable moderation policy version. */
export const publishReviewPolicyWorkflow = createWorkflow("reviews-publish-policy", (input: { content: PolicyContent; actor: string }) => {
  return new WorkflowResponse(publishPolicyStep(input))
})

/** Publishes a new version of the public "how we check reviews" text. */
export const publishReviewCheckTextWorkflow = createWorkflow("reviews-publish-check-text", (input: { body_nl: string; body_en: string; actor: string }) => {
  return new WorkflowResponse(publishCheckTextStep(input))
})

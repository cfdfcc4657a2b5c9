import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../events"
import { IdentityChoice } from "../../modules/review/types"
import { setIdentityStep } from "./steps/transitions"

/** Changes how the reviewer is named on their review (no new moderation). */
export const setReviewIdentityWorkflow = createWorkflow(
  "reviews-set-identity",
  (input: { review_id: string; customer_id: string; identity: IdentityChoice; pseudonym?: string | null }) => {
    const result = setIdentityStep(input)
    emitEventStep({
      eventName: ReviewEvents.UPDATED,
      data: transform({ result }, ({ result }) => ({ id: result.review_id })),
    })
    return new WorkflowResponse(transform({ result }, ({ result }) => result.after!))
  }
)

import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseRequestStep } from "./steps/release-request"
import { ClaimedRequest, sendRequestMailStep } from "./steps/send-request-mail"

/** Mails one claimed review request; a mail that cannot be handed over releases the claim for the next run. */
export const sendReviewRequestWorkflow = createWorkflow("reviews-send-review-request", (input: ClaimedRequest) => {
  const sent = sendRequestMailStep(input)
  when({ sent }, ({ sent }) => !sent).then(() => {
    releaseRequestStep(transform({ input }, ({ input }) => input.id))
  })
  return new WorkflowResponse(sent)
})

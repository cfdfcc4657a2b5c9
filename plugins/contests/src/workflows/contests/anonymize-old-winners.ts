import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { anonymizeOldWinnersStep } from "./steps/anonymize-old-winners"

/** Anonymises one batch of winner records past the winner retention window; returns how many. */
export const anonymizeOldContestWinnersWorkflow = createWorkflow("contests-anonymize-old-winners", (input: { limit: number }) => {
  return new WorkflowResponse(anonymizeOldWinnersStep(input))
})

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { anonymizeLosingBidsStep } from "./steps/anonymize-losing-bids"

/** Anonymises one batch of losing bids past losingBidRetentionDays; returns how many bids. */
export const anonymizeLosingBidsWorkflow = createWorkflow("auctions-anonymize-losing-bids", () => {
  return new WorkflowResponse(anonymizeLosingBidsStep())
})

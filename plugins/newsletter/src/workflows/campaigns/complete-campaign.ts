import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeCampaignStep } from "./steps/complete-campaign"

/** Marks a sending campaign sent when none of its deliveries is queued or claimed any more; returns whether it did. */
export const completeCampaignWorkflow = createWorkflow("newsletter-complete-campaign", (input: { id: string }) => {
  return new WorkflowResponse(completeCampaignStep(input.id))
})

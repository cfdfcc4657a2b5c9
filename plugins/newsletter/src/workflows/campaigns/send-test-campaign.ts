import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SendTestCampaignMailInput, sendTestCampaignMailStep } from "./steps/send-test-campaign-mail"

/** Test-sends a campaign to one address (e.g. the admin's own). */
export const sendTestCampaignWorkflow = createWorkflow(
  "newsletter-send-test-campaign",
  (input: SendTestCampaignMailInput) => new WorkflowResponse(sendTestCampaignMailStep(input))
)

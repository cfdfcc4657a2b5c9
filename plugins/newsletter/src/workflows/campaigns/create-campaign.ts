import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreateCampaignInput, createCampaignStep } from "./steps/create-campaign"

/** Composes a draft campaign. */
export const createCampaignWorkflow = createWorkflow(
  "newsletter-create-campaign",
  (input: CreateCampaignInput) => new WorkflowResponse(createCampaignStep(input))
)

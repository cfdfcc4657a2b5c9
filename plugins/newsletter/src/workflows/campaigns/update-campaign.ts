import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { UpdateCampaignInput, updateCampaignStep } from "./steps/update-campaign"
import { validateCampaignStatusStep } from "./steps/validate-campaign-status"

/** Edits a draft; a campaign that is sending or sent can no longer change. */
export const updateCampaignWorkflow = createWorkflow("newsletter-update-campaign", (input: UpdateCampaignInput) => {
  validateCampaignStatusStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      status: "draft" as const,
      message: " and can no longer be edited",
    }))
  )
  return new WorkflowResponse(updateCampaignStep(input))
})

import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { NewsletterEvents } from "../../events"
import { validateCampaignStatusStep } from "./steps/validate-campaign-status"

/** Resumes a campaign still sending now (the resume job does the same every minute). */
export const resumeCampaignWorkflow = createWorkflow("newsletter-resume-campaign", (input: { id: string }) => {
  validateCampaignStatusStep(transform({ input }, ({ input }) => ({ id: input.id, status: "sending" as const, message: ", not sending" })))
  emitEventStep({
    eventName: NewsletterEvents.CAMPAIGN_SENDING_STARTED,
    data: transform({ input }, ({ input }) => ({ id: input.id })),
  })
  return new WorkflowResponse(undefined)
})

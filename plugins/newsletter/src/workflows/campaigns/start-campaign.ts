import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { NewsletterEvents } from "../../events"
import { startCampaignStep } from "./steps/start-campaign"

/** Sends a draft: freezes the audience, then (last) emits the event that starts the worker. */
export const startCampaignWorkflow = createWorkflow("newsletter-start-campaign", (input: { id: string }) => {
  const campaign = startCampaignStep(input.id)
  emitEventStep({
    eventName: NewsletterEvents.CAMPAIGN_SENDING_STARTED,
    data: transform({ input }, ({ input }) => ({ id: input.id })),
  })
  return new WorkflowResponse(campaign)
})

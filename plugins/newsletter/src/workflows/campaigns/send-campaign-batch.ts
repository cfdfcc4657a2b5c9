import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimCampaignDeliveriesStep } from "./steps/claim-campaign-deliveries"
import { finishCampaignDeliveriesStep } from "./steps/finish-campaign-deliveries"
import { sendCampaignMailsStep } from "./steps/send-campaign-mails"

export type SendCampaignBatchInput = {
  campaign_id: string
  /** Deliveries claimed by this run (the module's `campaign.batchSize`). */
  limit: number
  /** Notification calls in flight for this batch (default: the module's `campaign.callsInFlight`). */
  calls_in_flight?: number
}

/**
 * One batch of a sending campaign: claim → send → record the outcomes. One run per batch, never per mail; returns
 * how many deliveries it claimed (0: nothing left to claim). A failure before the outcomes are recorded releases
 * the claim; a killed worker's claim runs out with its lease instead.
 */
export const sendCampaignBatchWorkflow = createWorkflow("newsletter-send-campaign-batch", (input: SendCampaignBatchInput) => {
  const claimed = claimCampaignDeliveriesStep(transform({ input }, ({ input }) => ({ campaign_id: input.campaign_id, limit: input.limit })))
  const results = sendCampaignMailsStep(
    transform({ input, claimed }, ({ input, claimed }) => ({
      campaign_id: input.campaign_id,
      claimed: claimed.map(({ id, subscription_id, attempts }) => ({ id, subscription_id, attempts })),
      calls_in_flight: input.calls_in_flight,
    }))
  )
  finishCampaignDeliveriesStep(results)
  return new WorkflowResponse(transform({ claimed }, ({ claimed }) => ({ claimed: claimed.length })))
})

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import type { ClaimedDelivery } from "../../../modules/newsletter/types"

export type ClaimCampaignDeliveriesInput = { campaign_id: string; limit: number }

/**
 * Claims one batch of a sending campaign's deliveries (queued, or leased by a worker that died) under a lease;
 * SKIP LOCKED, so two workers never hold one row. Compensation releases the claim: the rows still held by it get
 * back their state and attempt count. A worker that dies keeps its claim until the lease runs out (no compensation
 * runs in a dead process); the next claim then checks the notification records of the earlier attempts.
 */
export const claimCampaignDeliveriesStep = createStep(
  "newsletter-claim-campaign-deliveries",
  async (input: ClaimCampaignDeliveriesInput, { container }) => {
    const claimed = await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).claimDeliveries(input.campaign_id, input.limit)
    return new StepResponse(claimed, claimed.length ? claimed.map(({ id, claimed_at, previous }) => ({ id, claimed_at, previous })) : undefined)
  },
  async (claimed: Pick<ClaimedDelivery, "id" | "claimed_at" | "previous">[] | undefined, { container }) => {
    if (claimed?.length) await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).releaseDeliveries(claimed)
  }
)

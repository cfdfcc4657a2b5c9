import { MedusaContainer } from "@medusajs/framework/types"
import { NEWSLETTER_MODULE } from "../modules/newsletter"
import type NewsletterModuleService from "../modules/newsletter/service"
import { completeCampaignWorkflow } from "../workflows/campaigns/complete-campaign"
import { sendCampaignBatchWorkflow } from "../workflows/campaigns/send-campaign-batch"

/**
 * Sends a sending campaign, one `newsletter-send-campaign-batch` workflow per claimed batch, until nothing is
 * left to claim (or `maxBatches` ran), then completes it. Safe to run in several workers at once and to kill at
 * any moment: the delivery rows are the truth a later run resumes from.
 */
export async function runCampaign(container: MedusaContainer, campaignId: string, opts: { maxBatches?: number } = {}) {
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [campaign] = await newsletter.listCampaigns({ id: campaignId }, { select: ["id", "status"] })
  if (!campaign || campaign.status !== "sending") return
  const { batchSize } = newsletter.getOptions().campaign
  for (let n = 0; opts.maxBatches === undefined || n < opts.maxBatches; n++) {
    const { result } = await sendCampaignBatchWorkflow(container).run({ input: { campaign_id: campaignId, limit: batchSize } })
    if (!result.claimed) break
  }
  await completeCampaignWorkflow(container).run({ input: { id: campaignId } })
}

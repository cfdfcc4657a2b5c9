import { MedusaContainer } from "@medusajs/framework/types"
import { NEWSLETTER_MODULE } from "../modules/newsletter"
import type NewsletterModuleService from "../modules/newsletter/service"
import { completeCampaignWorkflow } from "../workflows/campaigns/complete-campaign"
import { sendCampaignBatchWorkflow } from "../workflows/campaigns/send-campaign-batch"

/**
 * How many batch workflows of one campaign a worker runs at once. Two, so the next batch is claimed and its
 * recipients read while the other's calls are still in flight (no idle transport at batch boundaries); the
 * worker's `callsInFlight` is shared between them, so no more mails are in flight at a kill than before.
 */
const LANES = 2

/**
 * Sends a sending campaign, one `newsletter-send-campaign-batch` workflow per claimed batch, until nothing is
 * left to claim (or `maxBatches` ran), then completes it. Safe to run in several workers at once and to kill at
 * any moment: the delivery rows are the truth a later run resumes from.
 */
export async function runCampaign(container: MedusaContainer, campaignId: string, opts: { maxBatches?: number } = {}) {
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [campaign] = await newsletter.listCampaigns({ id: campaignId }, { select: ["id", "status"] })
  if (!campaign || campaign.status !== "sending") return
  const { batchSize, callsInFlight } = newsletter.getOptions().campaign
  const lanes = Math.min(LANES, callsInFlight)
  let batches = 0
  const lane = async (i: number) => {
    // The window split over the lanes (4 → 2 + 2; 3 → 1 + 2): their sum is the worker's callsInFlight.
    const calls = Math.floor((callsInFlight + i) / lanes)
    while (opts.maxBatches === undefined || batches < opts.maxBatches) {
      batches++
      const { result } = await sendCampaignBatchWorkflow(container).run({
        input: { campaign_id: campaignId, limit: batchSize, calls_in_flight: calls },
      })
      if (!result.claimed) break
    }
  }
  const settled = await Promise.allSettled(Array.from({ length: lanes }, (_, i) => lane(i)))
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected")
  if (failed) throw failed.reason
  await completeCampaignWorkflow(container).run({ input: { id: campaignId } })
}

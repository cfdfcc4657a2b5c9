import { MedusaContainer } from "@medusajs/framework/types"
import { NEWSLETTER_MODULE } from "../modules/newsletter"
import type NewsletterModuleService from "../modules/newsletter/service"
import { runCampaign } from "../utils/campaign-sender"
import { startDueCampaigns } from "../utils/scheduled-campaigns"

/**
 * Starts scheduled drafts whose send_at has passed, then continues every
 * campaign still sending (after a crash, or rows whose claim lease ran out).
 */
export default async function newsletterResumeCampaigns(container: MedusaContainer) {
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  await startDueCampaigns(container)
  if (!newsletter.getOptions().campaign.autoResume) return
  const campaigns = await newsletter.listCampaigns({ status: "sending" }, { select: ["id"], take: 20 })
  for (const c of campaigns) await runCampaign(container, c.id)
}

export const config = { name: "newsletter-resume-campaigns", schedule: "* * * * *" }

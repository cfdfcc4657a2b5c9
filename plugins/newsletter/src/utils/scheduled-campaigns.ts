import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { NEWSLETTER_MODULE } from "../modules/newsletter"
import type NewsletterModuleService from "../modules/newsletter/service"
import { startCampaignWorkflow } from "../workflows/campaigns/start-campaign"

/**
 * Starts the drafts whose send_at has passed, in bounded batches. Each start
 * takes the campaign's row lock and checks it is still a draft, so two job
 * runs (or a job and an admin clicking "Send now") start it once: the loser
 * gets NOT_ALLOWED and moves on.
 */
export async function startDueCampaigns(container: MedusaContainer, limit = 20) {
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const due = await newsletter.listCampaigns(
    { status: "draft", send_at: { $lte: newsletter.now() } },
    { select: ["id"], take: limit, order: { send_at: "ASC" } }
  )
  const started: string[] = []
  for (const c of due) {
    try {
      await startCampaignWorkflow(container).run({ input: { id: c.id } })
      started.push(c.id)
    } catch (e) {
      if ((e as { type?: string })?.type === MedusaError.Types.NOT_ALLOWED) continue
      logger.warn(`newsletter: scheduled campaign ${c.id} could not start: ${(e as Error).message}`)
    }
  }
  return started
}

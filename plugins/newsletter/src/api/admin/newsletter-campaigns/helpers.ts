import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

/** A campaign with its progress (from the delivery rows, the only truth). */
export async function campaignWithProgress(container: MedusaContainer, id: string) {
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [campaign] = await newsletter.listCampaigns({ id })
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Campaign ${id} was not found`)
  const progress = await newsletter.campaignProgress([id])
  return { ...campaign, progress: progress[id] }
}

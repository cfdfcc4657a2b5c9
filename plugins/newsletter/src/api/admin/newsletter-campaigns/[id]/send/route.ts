import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { NewsletterEvents } from "../../../../../events"
import { NEWSLETTER_MODULE } from "../../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../../modules/newsletter/service"
import { campaignWithProgress } from "../../helpers"

/** Freezes the audience (subscribers confirmed now) and hands the send to a worker. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  await newsletter.startCampaign(req.params.id)
  await req.scope
    .resolve(Modules.EVENT_BUS)
    .emit({ name: NewsletterEvents.CAMPAIGN_SENDING_STARTED, data: { id: req.params.id } })
  res.status(202).json({ newsletter_campaign: await campaignWithProgress(req.scope, req.params.id) })
}

import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import { listPage } from "../../../utils/http"
import { createCampaignWorkflow } from "../../../workflows/campaigns/create-campaign"
import { AdminCreateCampaignType } from "./validators"

/** Campaigns, newest first, each with sent / failed / remaining. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { skip: offset, take: limit, order, select } = listPage(req, { created_at: "DESC" })
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [campaigns, count] = await newsletter.listAndCountCampaigns({}, { skip: offset, take: limit, order, select })
  const progress = await newsletter.campaignProgress(campaigns.map((c) => c.id))
  res.json({ newsletter_campaigns: campaigns.map((c) => ({ ...c, progress: progress[c.id] })), count, offset, limit })
}

/** Composes a draft. */
export const POST = async (req: MedusaRequest<AdminCreateCampaignType>, res: MedusaResponse) => {
  const { result: campaign } = await createCampaignWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ newsletter_campaign: campaign })
}

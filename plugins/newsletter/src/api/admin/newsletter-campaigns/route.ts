import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import { parseInput } from "../../../utils/http"
import { z } from "@medusajs/framework/zod"
import { createCampaignWorkflow } from "../../../workflows/campaigns/create-campaign"
import { AdminCreateCampaignType } from "./validators"

const Query = z
  .object({
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict()

/** Campaigns, newest first, each with sent / failed / remaining. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { offset, limit } = parseInput(Query, req.query)
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [campaigns, count] = await newsletter.listAndCountCampaigns(
    {},
    { skip: offset, take: limit, order: { created_at: "DESC" } }
  )
  const progress = await newsletter.campaignProgress(campaigns.map((c) => c.id))
  res.json({ newsletter_campaigns: campaigns.map((c) => ({ ...c, progress: progress[c.id] })), count, offset, limit })
}

/** Composes a draft. */
export const POST = async (req: MedusaRequest<AdminCreateCampaignType>, res: MedusaResponse) => {
  const { result: campaign } = await createCampaignWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ newsletter_campaign: campaign })
}

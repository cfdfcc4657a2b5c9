import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { NEWSLETTER_MODULE } from "../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../modules/newsletter/service"
import { campaignWithProgress } from "../helpers"
import { AdminUpdateCampaignType } from "../validators"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ newsletter_campaign: await campaignWithProgress(req.scope, req.params.id) })
}

/** Edits a draft; a campaign that is sending or sent cannot change. */
export const POST = async (req: MedusaRequest<AdminUpdateCampaignType>, res: MedusaResponse) => {
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const current = await campaignWithProgress(req.scope, req.params.id)
  if (current.status !== "draft") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Campaign ${current.id} is ${current.status} and can no longer be edited`
    )
  }
  await newsletter.updateCampaigns({ id: current.id, ...req.validatedBody })
  res.json({ newsletter_campaign: await campaignWithProgress(req.scope, req.params.id) })
}

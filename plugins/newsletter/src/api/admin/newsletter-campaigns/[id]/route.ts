import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { campaignWithProgress } from "../helpers"
import { updateCampaignWorkflow } from "../../../../workflows/campaigns/update-campaign"
import { AdminUpdateCampaignType } from "../validators"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ newsletter_campaign: await campaignWithProgress(req.scope, req.params.id) })
}

/** Edits a draft; a campaign that is sending or sent cannot change. */
export const POST = async (req: MedusaRequest<AdminUpdateCampaignType>, res: MedusaResponse) => {
  await updateCampaignWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ newsletter_campaign: await campaignWithProgress(req.scope, req.params.id) })
}

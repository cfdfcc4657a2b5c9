import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resumeCampaignWorkflow } from "../../../../../workflows/campaigns/resume-campaign"
import { campaignWithProgress } from "../../helpers"

/** Resumes a sending campaign now (the resume job does the same every minute). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await resumeCampaignWorkflow(req.scope).run({ input: { id: req.params.id } })
  const campaign = await campaignWithProgress(req.scope, req.params.id)
  res.status(202).json({ newsletter_campaign: campaign })
}

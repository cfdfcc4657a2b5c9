import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startCampaignWorkflow } from "../../../../../workflows/campaigns/start-campaign"
import { campaignWithProgress } from "../../helpers"

/** Freezes the audience (subscribers confirmed now) and hands the send to a worker. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await startCampaignWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.status(202).json({ newsletter_campaign: await campaignWithProgress(req.scope, req.params.id) })
}

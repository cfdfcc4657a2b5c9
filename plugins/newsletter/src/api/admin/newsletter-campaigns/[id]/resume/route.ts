import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { NewsletterEvents } from "../../../../../events"
import { campaignWithProgress } from "../../helpers"

/** Resumes a sending campaign now (the resume job does the same every minute). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const campaign = await campaignWithProgress(req.scope, req.params.id)
  if (campaign.status !== "sending") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Campaign ${campaign.id} is ${campaign.status}, not sending`)
  }
  await req.scope
    .resolve(Modules.EVENT_BUS)
    .emit({ name: NewsletterEvents.CAMPAIGN_SENDING_STARTED, data: { id: campaign.id } })
  res.status(202).json({ newsletter_campaign: campaign })
}

import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_MODULE } from "../../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../../modules/newsletter/service"
import { sendTestCampaignWorkflow } from "../../../../../workflows/campaigns/send-test-campaign"
import { campaignWithProgress } from "../../helpers"
import { AdminTestCampaignType } from "../../validators"

/** Sends the campaign to one address, e.g. the admin's own; no delivery row, no subscriber needed. */
export const POST = async (req: MedusaRequest<AdminTestCampaignType>, res: MedusaResponse) => {
  const campaign = await campaignWithProgress(req.scope, req.params.id)
  await sendTestCampaignWorkflow(req.scope).run({
    input: {
      id: campaign.id,
      email: req.validatedBody.email,
      locale: req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).pageLocale(req.validatedBody.locale),
    },
  })
  res.status(202).json({ newsletter_campaign: campaign, test_sent_to: req.validatedBody.email })
}

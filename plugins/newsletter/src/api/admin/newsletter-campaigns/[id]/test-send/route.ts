import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { NEWSLETTER_MODULE } from "../../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../../modules/newsletter/service"
import { campaignNotification } from "../../../../../utils/mails"
import { campaignWithProgress } from "../../helpers"
import { AdminTestCampaignType } from "../../validators"

/** Sends the campaign to one address, e.g. the admin's own; no delivery row, no subscriber needed. */
export const POST = async (req: MedusaRequest<AdminTestCampaignType>, res: MedusaResponse) => {
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const campaign = await campaignWithProgress(req.scope, req.params.id)
  const n = campaignNotification(
    newsletter,
    { ...campaign, subject: `[TEST] ${campaign.subject}` },
    { id: "nlsub_TEST", email: req.validatedBody.email, locale: req.validatedBody.locale, token_version: 0 }
  )
  await req.scope.resolve(Modules.NOTIFICATION).createNotifications(n)
  res.status(202).json({ newsletter_campaign: campaign, test_sent_to: req.validatedBody.email })
}

import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import { campaignNotification } from "../../../utils/mails"

export type SendTestCampaignMailInput = { id: string; email: string; locale: string }

/** Side effect: the campaign to one address with a `[TEST]` subject; no delivery row, no subscriber. */
export const sendTestCampaignMailStep = createStep("newsletter-send-test-campaign-mail", async (input: SendTestCampaignMailInput, { container }) => {
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [campaign] = await newsletter.listCampaigns({ id: input.id })
  const n = campaignNotification(
    newsletter,
    { ...campaign, subject: `[TEST] ${campaign.subject}` },
    { id: "nlsub_TEST", email: input.email, locale: input.locale, token_version: 0 }
  )
  await container.resolve(Modules.NOTIFICATION).createNotifications(n)
  return new StepResponse(undefined)
})

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

/**
 * Freezes the audience of a draft (row-locked domain write: one queued delivery
 * per confirmed subscriber). Compensation removes the queued rows and makes it a draft again.
 */
export const startCampaignStep = createStep(
  "newsletter-start-campaign",
  async (id: string, { container }) => {
    const campaign = await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).startCampaign(id)
    return new StepResponse(campaign, id)
  },
  async (id: string | undefined, { container }) => {
    if (id) await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).revertCampaignStart(id)
  }
)

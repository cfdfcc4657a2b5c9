import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

export type CreateCampaignInput = {
  subject: string
  html: string
  text: string
  markdown?: string | null
  send_at?: Date | null
}

/** Creates a draft campaign; compensation deletes it. */
export const createCampaignStep = createStep(
  "newsletter-create-campaign",
  async (input: CreateCampaignInput, { container }) => {
    const campaign = await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).createCampaigns(input)
    return new StepResponse(campaign, campaign.id)
  },
  async (id: string | undefined, { container }) => {
    if (id) await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).deleteCampaigns(id)
  }
)

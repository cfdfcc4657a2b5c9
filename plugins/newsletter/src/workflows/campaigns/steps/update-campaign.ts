import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

export type UpdateCampaignInput = {
  id: string
  subject?: string
  html?: string
  text?: string
  markdown?: string | null
  send_at?: Date | null
}

/** Edits a draft's content or schedule; compensation restores the previous values. */
export const updateCampaignStep = createStep(
  "newsletter-update-campaign",
  async (input: UpdateCampaignInput, { container }) => {
    const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
    const [before] = await newsletter.listCampaigns({ id: input.id }, { select: ["id", "subject", "html", "text", "markdown", "send_at"] })
    const campaign = await newsletter.updateCampaigns(input)
    return new StepResponse(campaign, {
      id: before.id,
      subject: before.subject,
      html: before.html,
      text: before.text,
      markdown: before.markdown,
      send_at: before.send_at,
    })
  },
  async (before: UpdateCampaignInput | undefined, { container }) => {
    if (before) await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).updateCampaigns(before)
  }
)

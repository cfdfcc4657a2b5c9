import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import type { CampaignCompletion } from "../../../modules/newsletter/types"

/** Marks a sending campaign sent once no delivery is queued or claimed; compensation makes it sending again. */
export const completeCampaignStep = createStep(
  "newsletter-complete-campaign",
  async (id: string, { container }) => {
    const completion = await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).completeCampaignIfDone(id)
    return new StepResponse(completion.completed, completion.previous)
  },
  async (previous: CampaignCompletion["previous"], { container }) => {
    if (previous) await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).uncompleteCampaign(previous)
  }
)

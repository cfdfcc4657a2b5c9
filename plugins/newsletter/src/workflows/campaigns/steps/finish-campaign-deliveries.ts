import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import type { DeliveryResult, FinishedDelivery } from "../../../modules/newsletter/types"

/** Records a batch's outcomes (sent / failed / skipped) in one statement; compensation puts the rows back as they were. */
export const finishCampaignDeliveriesStep = createStep(
  "newsletter-finish-campaign-deliveries",
  async (results: DeliveryResult[], { container }) => {
    const before = await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).finishDeliveries(results)
    return new StepResponse(results.length, before.length ? before : undefined)
  },
  async (before: FinishedDelivery[] | undefined, { container }) => {
    if (before?.length) await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).unfinishDeliveries(before)
  }
)

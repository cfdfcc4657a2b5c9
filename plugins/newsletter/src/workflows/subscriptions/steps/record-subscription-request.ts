import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import type { SubscriptionChange } from "../../../modules/newsletter/types"
import type { RequestContext } from "../../../modules/newsletter/types"

export type RecordSubscriptionRequestInput = {
  email: string
  customer_id?: string | null
  consent_text_id?: string | null
} & RequestContext

/**
 * Records a subscribe request and issues a confirm token, serialised per address
 * (an atomic domain write). Compensation restores the subscription as it was.
 */
export const recordSubscriptionRequestStep = createStep(
  "newsletter-record-subscription-request",
  async (input: RecordSubscriptionRequestInput, { container }) => {
    const result = await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).requestSubscription(input)
    return new StepResponse(result, result.outcome === "mail" ? [result.change] : [])
  },
  async (changes: SubscriptionChange[] | undefined, { container }) => {
    if (changes?.length) await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).revertSubscriptionChanges(changes)
  }
)

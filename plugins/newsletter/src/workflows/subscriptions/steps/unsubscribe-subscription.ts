import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import type { SubscriptionChange } from "../../../modules/newsletter/types"
import type { RequestContext } from "../../../modules/newsletter/types"

export type UnsubscribeSubscriptionInput = { subscription_id: string } & RequestContext

/** Unsubscribes (row-locked domain write); compensation restores the subscription, its open tokens and the ledger. */
export const unsubscribeSubscriptionStep = createStep(
  "newsletter-unsubscribe-subscription",
  async ({ subscription_id, ...meta }: UnsubscribeSubscriptionInput, { container }) => {
    const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
    const result = await newsletter.unsubscribe(subscription_id, meta)
    return new StepResponse(result.outcome, result.change ? [result.change] : [])
  },
  async (changes: SubscriptionChange[] | undefined, { container }) => {
    if (changes?.length) await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).revertSubscriptionChanges(changes)
  }
)

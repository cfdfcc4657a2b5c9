import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import type { SubscriptionChange } from "../../../modules/newsletter/types"

export type EndSubscriptionsForEmailChangeInput = { customer_id: string; email: string }

/**
 * Ends the opt-in of a customer's other addresses (links rotated, history kept).
 * Returns what the new address must be asked to confirm, or null. Compensation restores them.
 */
export const endSubscriptionsForEmailChangeStep = createStep(
  "newsletter-end-subscriptions-for-email-change",
  async (input: EndSubscriptionsForEmailChangeInput, { container }) => {
    const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
    const { reconfirm, changes } = await newsletter.endForEmailChange(input.customer_id, input.email)
    return new StepResponse(reconfirm, changes)
  },
  async (changes: SubscriptionChange[] | undefined, { container }) => {
    if (changes?.length) await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).revertSubscriptionChanges(changes)
  }
)

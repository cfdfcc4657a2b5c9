import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import type { SubscriptionChange } from "../../../modules/newsletter/types"
import type { RequestContext } from "../../../modules/newsletter/types"

export type SetSubscriptionStatusInput = {
  subscription_id: string
  status: "unsubscribed" | "suppressed"
  note?: string
} & RequestContext

/** An admin change (ledger `admin_change`, suppression list); compensation restores the snapshot. */
export const setSubscriptionStatusStep = createStep(
  "newsletter-set-subscription-status",
  async ({ subscription_id, status, ...meta }: SetSubscriptionStatusInput, { container }) => {
    const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
    const { subscription, change } = await newsletter.adminSetStatus(subscription_id, status, meta)
    return new StepResponse(subscription, [change])
  },
  async (changes: SubscriptionChange[] | undefined, { container }) => {
    if (changes?.length) await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).revertSubscriptionChanges(changes)
  }
)

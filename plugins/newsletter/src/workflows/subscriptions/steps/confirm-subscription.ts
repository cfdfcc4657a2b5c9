import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import type { SubscriptionChange } from "../../../modules/newsletter/types"
import type { RequestContext } from "../../../modules/newsletter/types"

export type ConfirmSubscriptionInput = { token: string } & RequestContext

/** Confirms with a token (locked domain write); compensation restores token, subscription, ledger and suppression. */
export const confirmSubscriptionStep = createStep(
  "newsletter-confirm-subscription",
  async ({ token, ...meta }: ConfirmSubscriptionInput, { container }) => {
    const result = await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).confirmByToken(token, meta)
    return new StepResponse(
      { outcome: result.outcome, subscription_id: result.subscription?.id ?? null, locale: result.subscription?.locale ?? null },
      result.change ? [result.change] : []
    )
  },
  async (changes: SubscriptionChange[] | undefined, { container }) => {
    if (changes?.length) await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).revertSubscriptionChanges(changes)
  }
)

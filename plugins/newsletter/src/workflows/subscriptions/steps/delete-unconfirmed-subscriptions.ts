import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import type { PurgedRows } from "../../../modules/newsletter/types"

/** Deletes one bounded batch of never-confirmed subscriptions (tokens and ledger rows too); compensation restores them. */
export const deleteUnconfirmedSubscriptionsStep = createStep(
  "newsletter-delete-unconfirmed-subscriptions",
  async (input: { limit: number }, { container }) => {
    const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
    const { count, deleted } = await newsletter.purgeUnconfirmed(input.limit)
    return new StepResponse(count, count ? deleted : undefined)
  },
  async (deleted: PurgedRows | undefined, { container }) => {
    if (deleted) await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).restorePurged(deleted)
  }
)

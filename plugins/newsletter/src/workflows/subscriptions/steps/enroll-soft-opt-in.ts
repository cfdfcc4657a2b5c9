import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import type { SubscriptionChange } from "../../../modules/newsletter/types"

export type EnrollSoftOptInInput = { email: string; customer_id: string; locale?: string; source: string }

/** Soft opt-in enrolment of an address never seen before (locked domain write); compensation deletes it. */
export const enrollSoftOptInStep = createStep(
  "newsletter-enroll-soft-opt-in",
  async (input: EnrollSoftOptInInput, { container }) => {
    const result = await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).enrollSoftOptIn(input)
    return new StepResponse(result?.subscription.id ?? null, result ? [result.change] : [])
  },
  async (changes: SubscriptionChange[] | undefined, { container }) => {
    if (changes?.length) await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).revertSubscriptionChanges(changes)
  }
)

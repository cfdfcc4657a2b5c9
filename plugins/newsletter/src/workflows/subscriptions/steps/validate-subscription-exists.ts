import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

/** Validation: the subscription exists and is not an erased tombstone. No compensation. */
export const validateSubscriptionExistsStep = createStep("newsletter-validate-subscription-exists", async (id: string, { container }) => {
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [sub] = await newsletter.listSubscriptions({ id }, { select: ["id", "status"] })
  if (!sub || sub.status === "erased") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Newsletter subscription ${id} was not found`)
  }
  return new StepResponse(undefined)
})
